-- Gives back what one ledger entry counted, once: whoever removes the entry (open, burn, sweeper, a failed create)
-- decrements, everyone else finds it gone. KEYS: due, totals. ARGV: member, then the changes (negative) of secrets,
-- receipts and bytes. Returns 1 (released) or 0 (already released).
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then
  return 0
end
redis.call('HINCRBY', KEYS[2], 's', ARGV[2])
redis.call('HINCRBY', KEYS[2], 'r', ARGV[3])
redis.call('HINCRBY', KEYS[2], 'b', ARGV[4])
return 1
