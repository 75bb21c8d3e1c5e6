-- Deletes a request only if it is still the one a ledger entry (or an undone create) names: same nonce.
-- KEYS: request. ARGV: nonce. Returns 1 (deleted) or 0.
if redis.call('HGET', KEYS[1], 'nonce') == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
