-- The sweeper's delete of an expired secret: only the one its ledger entry names (same nonce).
-- KEYS: meta. ARGV: nonce. Returns {chunk count, many} ('1' for a secret that could open several times, whose
-- chunks may still be streaming to an earlier open), or {-1} when that secret is already gone.
local m = redis.call('HMGET', KEYS[1], 'nonce', 'n', 'vw')
if m[1] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  local many = '0'
  if m[3] then many = '1' end
  return {tonumber(m[2]), many}
end
return {-1}
