-- Stores a secret's metadata (and receipt state) once its chunks are written: refused if a live secret or a request
-- has the id. The same step stores a request's answer as the secret with the request's id.
-- KEYS: meta, receipts, request, and for an import from another store the moved-in mark. ARGV: exp, attempts, size,
-- verifier, gate ('' = none), guessable ('1'/'0'), header, nonce, chunk count, charge, meta ttl ms, has receipt
-- ('1'/'0'), forget at, burn verifier, receipt ttl ms, opens left, views in all, the receipt's opens so far
-- (comma-separated ms, '' = none), then the mode: 'create'; 'import' with ARGV[20] the moved-in mark's value (the
-- verifier, hex); or 'answer' with ARGV[20] the verifier of the answer proof, ARGV[21] now and ARGV[22] until when the
-- answer stays pending ('0' but in WAIT mode: until its WAIT could have failed and its undo run). A secret that opens once
-- keeps the fields older binaries wrote: `vl` (opens left) and `vw` (views in all) are written only above one.
-- Returns 1 (created), 0 (id taken; for an answer: answered before), 2 (an import of a secret already moved here: a
-- rerun of the move), and for an answer 3 (no such request, or expired), 4 (a wrong answer proof) or 5 (another answer
-- is pending: it may yet be undone, so this one is neither stored nor refused as answered).
local mode = ARGV[19]
if mode == 'import' and redis.call('EXISTS', KEYS[4]) == 1 then
  return 2
end
if mode == 'answer' then
  local q = redis.call('HMGET', KEYS[3], 'exp', 'av', 'fv', 'at')
  -- The request names the answer's verifier and expiry: what the caller read of it must still be what it holds.
  if not q[1] or tonumber(ARGV[21]) >= tonumber(q[1]) or q[1] ~= ARGV[1] or q[3] ~= ARGV[4] then
    return 3
  end
  -- The proof first: with an id alone every answer is refused, and learns nothing.
  if q[2] ~= ARGV[20] then
    return 4
  end
  if q[4] ~= '0' then
    if redis.call('EXISTS', KEYS[1]) == 1 then
      local pend = redis.call('HGET', KEYS[1], 'pend')
      if pend and tonumber(pend) > tonumber(ARGV[21]) then
        return 5
      end
      return 0
    end
    return 3
  end
elseif redis.call('EXISTS', KEYS[3]) == 1 then
  return 0
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
redis.call('HSET', KEYS[1], 'exp', ARGV[1], 'left', ARGV[2], 'size', ARGV[3], 'ver', ARGV[4], 'gate', ARGV[5],
  'guess', ARGV[6], 'hdr', ARGV[7], 'nonce', ARGV[8], 'n', ARGV[9], 'ch', ARGV[10], 'rk', ARGV[12])
if tonumber(ARGV[17]) > 1 then
  redis.call('HSET', KEYS[1], 'vl', ARGV[16], 'vw', ARGV[17])
end
redis.call('PEXPIRE', KEYS[1], ARGV[11])
if ARGV[12] == '1' then
  local f = ARGV[8] .. '.'
  redis.call('HSET', KEYS[2], f .. 'st', 'w', f .. 'at', '0', f .. 'exp', ARGV[1], f .. 'fgt', ARGV[13], f .. 'bv', ARGV[14])
  if tonumber(ARGV[17]) > 1 then
    redis.call('HSET', KEYS[2], f .. 'vw', ARGV[17], f .. 'ops', ARGV[18])
  end
  -- The hash may hold an older receipt of this id that lives longer: the TTL only ever grows.
  if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[15]) then
    redis.call('PEXPIRE', KEYS[2], ARGV[15])
  end
end
-- Remembered as long as the secret could live, so a rerun of the move never brings it here twice.
if mode == 'import' then
  redis.call('SET', KEYS[4], ARGV[20], 'PX', ARGV[11])
end
if mode == 'answer' then
  redis.call('HSET', KEYS[3], 'at', ARGV[21])
  if ARGV[22] ~= '0' then
    redis.call('HSET', KEYS[1], 'pend', ARGV[22])
  end
end
return 1
