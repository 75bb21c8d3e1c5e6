-- Stores a request (envelope revision 3) once its ledger entry is counted: refused when a live secret or request has
-- its id, so no secret can ever stand where the request's answer goes.
-- KEYS: meta, request. ARGV: exp, answer verifier, fetch verifier, sealed note, nonce, charge, ttl ms.
-- Returns 1 (created) or 0 (id taken).
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then
  return 0
end
redis.call('HSET', KEYS[2], 'exp', ARGV[1], 'av', ARGV[2], 'fv', ARGV[3], 'note', ARGV[4], 'nonce', ARGV[5],
  'ch', ARGV[6], 'at', '0')
redis.call('PEXPIRE', KEYS[2], ARGV[7])
return 1
