-- Shared by the wrk scripts of bench/server/run.sh: thread numbering, fixture loading and one RESULT line per phase
-- (phase, req/s, p50 ms, p99 ms, non-2xx, socket errors, completed requests).

local threads = {}
local counter = 0

function setup(thread)
   thread:set("tid", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

-- The `id proof` lines bench_seed wrote, this thread's share only (every nth line), so no two threads reuse one.
function load_fixtures()
   local n = tonumber(os.getenv("WRK_THREADS") or "1")
   local ids, proofs, i = {}, {}, 0
   for line in io.lines(os.getenv("FIXTURES")) do
      if i % n == tid then
         local id, proof = line:match("^(%S+) (%S+)$")
         ids[#ids + 1] = id
         proofs[#proofs + 1] = proof
      end
      i = i + 1
   end
   return ids, proofs
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format("RESULT\t%s\t%.0f\t%.2f\t%.2f\t%d\t%d\t%d\n",
      os.getenv("PHASE") or "?",
      summary.requests / seconds,
      latency:percentile(50) / 1000,
      latency:percentile(99) / 1000,
      e.status,
      e.connect + e.read + e.write + e.timeout,
      summary.requests))
end
