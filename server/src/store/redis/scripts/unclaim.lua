-- Deletes a receipt pointer only if it is still the one this create (or this receipt's sweep) wrote.
-- KEYS: pointer. ARGV: its expected value. Returns 1 (deleted) or 0.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
