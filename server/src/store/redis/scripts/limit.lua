-- One client's creation budget, the in-process limiter's token bucket shared by every server: ARGV[1] tokens, refilled
-- continuously over a minute. ONE key under its own hash tag (KEYS[1] = P:{l:HASH}), which expires when the bucket
-- would be full again (PEXPIRE = the window), so nothing about a client outlives the window. Redis's clock, so every
-- server reads the same time. Returns 1 (allowed, one token taken) or 0 (empty).
local cap = tonumber(ARGV[1])
local window = 60000
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'n', 'at')
local tokens, at = tonumber(b[1]), tonumber(b[2])
if tokens == nil or at == nil then
  tokens, at = cap, now
end
tokens = math.min(cap, tokens + math.max(0, now - at) * cap / window)
if tokens < 1 then
  return 0
end
redis.call('HSET', KEYS[1], 'n', tostring(tokens - 1), 'at', string.format('%d', now))
redis.call('PEXPIRE', KEYS[1], window)
return 1
