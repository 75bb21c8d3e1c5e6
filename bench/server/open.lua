-- POST /api/v1/secrets/open: opens each seeded secret exactly once with its proof (a reused one would be a 404,
-- counted as non-2xx in the RESULT line).
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
local ids, proofs, i

function init(args)
   ids, proofs = load_fixtures()
   i = 0
end

function request()
   i = i % #ids + 1
   return wrk.format("POST", "/api/v1/secrets/open", { ["Content-Type"] = "application/json" },
      '{"id":"' .. ids[i] .. '","proof":"' .. proofs[i] .. '"}')
end
