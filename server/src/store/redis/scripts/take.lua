-- An open attempt, in one atomic step: the right proof consumes the secret (receipt: opened); a wrong one that could
-- be a passphrase guess and carries the link's gate spends an attempt, and the last one burns it (receipt: burned).
-- The ciphertext chunks are not touched here: the server streams them out (or unlinks them) after this flip.
-- With the intent 'burn' the right proof burns the secret instead (the opener destroys what is left).
-- KEYS: meta, receipts, request. ARGV: now, verifier of the presented proof, verifier of the presented gate ('' = none),
-- intent ('open' | 'burn').
-- A secret that opens several times (`vl` opens left, `vw` in all) spends one open per right proof and lists each on
-- its receipt (`ops`); only the last one ends it. Its chunks are read, never taken, so every winner streams them whole.
-- Returns {'nf'} | {'moving'} | {'refused'} | {'wrong', left} | {'burned', nonce, n, charge, many} |
-- {'burned_rest', nonce, n, charge, many} | {'opened', nonce, n, charge, size, opens left, many}, where many is
-- '1' for a secret that opened (or could open) several times, else '0'. Each reply that ends the secret also ends
-- the request it answers, if it does: two more fields, the request's nonce and charge (its ledger entry), or '' ''.
local m = redis.call('HMGET', KEYS[1], 'exp', 'left', 'ver', 'gate', 'guess', 'nonce', 'n', 'ch', 'rk', 'size', 'mv', 'vl', 'vw')
local many = '0'
if m[13] then many = '1' end
if not m[1] then
  return {'nf'}
end
local now = tonumber(ARGV[1])
if now >= tonumber(m[1]) then
  return {'nf'}
end
-- Being moved to another store (begin_move.lua): nothing is checked or spent until the move ends.
if m[11] then
  return {'moving'}
end
local req = {'', ''}
local function finish(state)
  redis.call('DEL', KEYS[1])
  local q = redis.call('HMGET', KEYS[3], 'nonce', 'ch')
  if q[1] then
    redis.call('DEL', KEYS[3])
    req = {q[1], q[2]}
  end
  if m[9] == '1' then
    local f = m[6] .. '.'
    if redis.call('HEXISTS', KEYS[2], f .. 'st') == 1 then
      local at = '0'
      if state == 'o' then at = ARGV[1] end
      redis.call('HSET', KEYS[2], f .. 'st', state, f .. 'at', at)
    end
  end
end
if m[3] == ARGV[2] then
  if ARGV[4] == 'burn' then
    finish('b')
    return {'burned_rest', m[6], m[7], m[8], many, req[1], req[2]}
  end
  if m[9] == '1' and many == '1' then
    local f = m[6] .. '.'
    local ops = redis.call('HGET', KEYS[2], f .. 'ops')
    if ops then
      if ops ~= '' then ops = ops .. ',' end
      redis.call('HSET', KEYS[2], f .. 'ops', ops .. ARGV[1])
    end
  end
  local vl = tonumber(m[12] or '1')
  if vl > 1 then
    redis.call('HSET', KEYS[1], 'vl', tostring(vl - 1))
    return {'opened', m[6], m[7], m[8], m[10], tostring(vl - 1), many, '', ''}
  end
  finish('o')
  return {'opened', m[6], m[7], m[8], m[10], '0', many, req[1], req[2]}
end
-- A wrong 256-bit proof without a passphrase guesses nothing; with one, only the link's holder (the gate) may guess.
local gated = m[4] == '' or m[4] == ARGV[3]
if m[5] ~= '1' or not gated then
  return {'refused'}
end
local left = tonumber(m[2]) - 1
if left <= 0 then
  finish('b')
  return {'burned', m[6], m[7], m[8], many, req[1], req[2]}
end
redis.call('HSET', KEYS[1], 'left', tostring(left))
return {'wrong', tostring(left)}
