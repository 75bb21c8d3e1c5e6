-- The sweeper's delete of an expired secret: only the one its ledger entry names (same nonce).
-- KEYS: meta. ARGV: nonce. Returns the chunk count to unlink, or -1 when that secret is already gone.
if redis.call('HGET', KEYS[1], 'nonce') == ARGV[1] then
  local n = redis.call('HGET', KEYS[1], 'n')
  redis.call('DEL', KEYS[1])
  return tonumber(n)
end
return -1
