-- Ends a move begun by begin_move.lua: 'moved' deletes the secret's metadata and its receipt's fields (the destination
-- holds them now); 'kept' serves it here again. KEYS: meta, receipts. ARGV: 'moved' | 'kept'.
-- Returns {} (nothing was moving) | {'kept'} | {'moved', nonce, n, charge, receipt forget at ('' = none)}: what names
-- the chunks, the ledger entries and the receipt pointer to let go.
local m = redis.call('HMGET', KEYS[1], 'mv', 'nonce', 'n', 'ch', 'rk')
if not m[1] then
  return {}
end
if ARGV[1] == 'kept' then
  redis.call('HDEL', KEYS[1], 'mv')
  return {'kept'}
end
redis.call('DEL', KEYS[1])
local fgt = ''
if m[5] == '1' then
  local f = m[2] .. '.'
  fgt = redis.call('HGET', KEYS[2], f .. 'fgt') or ''
  redis.call('HDEL', KEYS[2], f .. 'st', f .. 'at', f .. 'exp', f .. 'fgt', f .. 'bv', f .. 'vw', f .. 'ops')
  if redis.call('HLEN', KEYS[2]) == 0 then
    redis.call('DEL', KEYS[2])
  end
end
return {'moved', m[2], m[3], m[4], fgt}
