-- A burn from the receipt, in one atomic step on the secret's slot (the receipt pointer, read before, named it).
-- KEYS: meta, receipts. ARGV: now, verifier of the presented burn proof, nonce (from the pointer).
-- Returns {'nf'} | {'wrong'} | {'nw'} | {'moving'} | {'burned', expires_at, views, opens} |
-- {'burned', expires_at, views, opens, n, charge, many} (views '' for one, opens comma-separated ms).
local f = ARGV[3] .. '.'
local r = redis.call('HMGET', KEYS[2], f .. 'st', f .. 'exp', f .. 'fgt', f .. 'bv', f .. 'vw', f .. 'ops')
if not r[1] then
  return {'nf'}
end
local now = tonumber(ARGV[1])
if now >= tonumber(r[3]) then
  return {'nf'}
end
if r[4] ~= ARGV[2] then
  return {'wrong'}
end
if r[1] ~= 'w' or now >= tonumber(r[2]) then
  return {'nw'}
end
local m = redis.call('HMGET', KEYS[1], 'nonce', 'n', 'ch', 'mv', 'vw')
if m[1] == ARGV[3] and m[4] then
  return {'moving'}
end
redis.call('HSET', KEYS[2], f .. 'st', 'b')
if m[1] == ARGV[3] then
  redis.call('DEL', KEYS[1])
  local many = '0'
  if m[5] then many = '1' end
  return {'burned', r[2], r[5] or '', r[6] or '', m[2], m[3], many}
end
return {'burned', r[2], r[5] or '', r[6] or ''}
