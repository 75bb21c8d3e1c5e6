-- Undoes an answer that was stored but cannot be acknowledged (WAIT mode: too few replicas), so the asker's request
-- waits again instead of ending unanswered: only the answer this attempt wrote (same nonce).
-- KEYS: meta, request. ARGV: nonce. Returns 1 (undone) or 0.
if redis.call('HGET', KEYS[1], 'nonce') ~= ARGV[1] then
  return 0
end
redis.call('DEL', KEYS[1])
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('HSET', KEYS[2], 'at', '0')
end
return 1
