-- Counts a new secret (and receipt) against the caps and enters them in the due index, or refuses when full.
-- KEYS: due, totals, schema. ARGV: max secrets (and receipts), max bytes, bytes charged, receipts added ('1'/'0'),
-- secret member ('' for a receipt alone, imported from another store), expires at, receipt member, forget at, ledger
-- ttl ms. Returns 1 (counted) or 0 (full).
-- An entry already there is already counted: an import rerun after an interruption names the same entry again.
local first = ARGV[5]
if first == '' then first = ARGV[7] end
if redis.call('ZSCORE', KEYS[1], first) then
  return 1
end
local t = redis.call('HMGET', KEYS[2], 's', 'r', 'b')
local secrets = 1
if ARGV[5] == '' then secrets = 0 end
local receipts = 0
if ARGV[4] == '1' then receipts = 1 end
if tonumber(t[1] or '0') + secrets > tonumber(ARGV[1]) or tonumber(t[2] or '0') + receipts > tonumber(ARGV[1])
  or tonumber(t[3] or '0') + tonumber(ARGV[3]) > tonumber(ARGV[2]) then
  return 0
end
-- Increments pass as strings: Lua would print a large number in exponent notation.
redis.call('HINCRBY', KEYS[2], 's', tostring(secrets))
redis.call('HINCRBY', KEYS[2], 'r', tostring(receipts))
redis.call('HINCRBY', KEYS[2], 'b', ARGV[3])
if secrets == 1 then
  redis.call('ZADD', KEYS[1], ARGV[6], ARGV[5])
end
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
