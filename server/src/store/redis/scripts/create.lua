-- Stores a secret's metadata (and receipt state) once its chunks are written: refused if a live secret has the id.
-- KEYS: meta, receipts. ARGV: exp, attempts, size, verifier, gate ('' = none), guessable ('1'/'0'), header, nonce,
-- chunk count, charge, meta ttl ms, has receipt ('1'/'0'), forget at, burn verifier, receipt ttl ms, opens left,
-- views in all, the receipt's opens so far (comma-separated ms, '' = none); for an import from another store also
-- KEYS[3], the moved-in mark, and ARGV[19], its value (the verifier, hex). A secret that opens once keeps the fields
-- older binaries wrote: `vl` (opens left) and `vw` (views in all) are written only above one.
-- Returns 1 (created), 0 (id taken) or 2 (an import of a secret already moved here: a rerun of the move).
if KEYS[3] and redis.call('EXISTS', KEYS[3]) == 1 then
  return 2
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
if KEYS[3] then
  redis.call('SET', KEYS[3], ARGV[19], 'PX', ARGV[11])
end
return 1
