-- Writes a receipt imported from another store (its secret is gone), once its pointer is claimed: every field as it
-- was. KEYS: receipts. ARGV: nonce, st ('w'/'o'/'b'), opened at ('0' = never), exp, forget at, burn verifier, ttl ms,
-- views in all, opens (comma-separated ms). Returns 1.
local f = ARGV[1] .. '.'
redis.call('HSET', KEYS[1], f .. 'st', ARGV[2], f .. 'at', ARGV[3], f .. 'exp', ARGV[4], f .. 'fgt', ARGV[5], f .. 'bv', ARGV[6])
if tonumber(ARGV[8]) > 1 then
  redis.call('HSET', KEYS[1], f .. 'vw', ARGV[8], f .. 'ops', ARGV[9])
end
-- The hash may hold another receipt of this id that lives longer: the TTL only ever grows.
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[7]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[7])
end
return 1
