-- The sweeper's delete of a receipt due to be forgotten: its fields, and the hash once empty.
-- KEYS: receipts. ARGV: nonce. Returns 1.
local f = ARGV[1] .. '.'
redis.call('HDEL', KEYS[1], f .. 'st', f .. 'at', f .. 'exp', f .. 'fgt', f .. 'bv', f .. 'vw', f .. 'ops')
if redis.call('HLEN', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[1])
end
return 1
