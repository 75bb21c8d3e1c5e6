-- Counts a new secret (and receipt) against the caps and enters them in the due index, or refuses when full.
-- KEYS: due, totals, schema. ARGV: max secrets (and receipts), max bytes, bytes charged, receipts added ('1'/'0'),
-- secret member, expires at, receipt member, forget at, ledger ttl ms. Returns 1 (counted) or 0 (full).
local t = redis.call('HMGET', KEYS[2], 's', 'r', 'b')
local receipts = 0
if ARGV[4] == '1' then receipts = 1 end
if tonumber(t[1] or '0') + 1 > tonumber(ARGV[1]) or tonumber(t[2] or '0') + receipts > tonumber(ARGV[1])
  or tonumber(t[3] or '0') + tonumber(ARGV[3]) > tonumber(ARGV[2]) then
  return 0
end
-- Increments pass as strings: Lua would print a large number in exponent notation.
redis.call('HINCRBY', KEYS[2], 's', '1')
redis.call('HINCRBY', KEYS[2], 'r', tostring(receipts))
redis.call('HINCRBY', KEYS[2], 'b', ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[6], ARGV[5])
if receipts == 1 then
  redis.call('ZADD', KEYS[1], ARGV[8], ARGV[7])
end
-- The ledger outlives everything it counts (no key without a TTL); its TTL only ever grows.
for i = 1, 3 do
  local ttl = redis.call('PTTL', KEYS[i])
  if ttl ~= -2 and ttl < tonumber(ARGV[9]) then
    redis.call('PEXPIRE', KEYS[i], ARGV[9])
  end
end
return 1
