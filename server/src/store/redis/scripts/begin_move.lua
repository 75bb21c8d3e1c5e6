-- Marks a live secret as moving to another store, in one step on its slot, and returns it whole: from now on take.lua
-- and burn.lua answer 'moving' (nothing checked or spent) until end_move.lua. Marking twice is fine (a rerun).
-- A request's answer stays with its request (requests do not move): never marked.
-- KEYS: meta, receipts, request. ARGV: now.
-- Returns {} (gone or expired) | {exp, left, ver, gate, hdr, nonce, n, size, charge, receipt st, receipt fgt, receipt bv,
-- opens left, receipt views, receipt opens} (the receipt fields '' without a receipt; the views '' for one).
local m = redis.call('HMGET', KEYS[1], 'exp', 'left', 'ver', 'gate', 'hdr', 'nonce', 'n', 'size', 'ch', 'rk', 'vl')
if not m[1] or tonumber(ARGV[1]) >= tonumber(m[1]) or redis.call('EXISTS', KEYS[3]) == 1 then
  return {}
end
redis.call('HSET', KEYS[1], 'mv', '1')
local r = {false, false, false, false, false}
if m[10] == '1' then
  local f = m[6] .. '.'
  r = redis.call('HMGET', KEYS[2], f .. 'st', f .. 'fgt', f .. 'bv', f .. 'vw', f .. 'ops')
end
return {m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], r[1] or '', r[2] or '', r[3] or '', m[11] or '1', r[4] or '', r[5] or ''}
