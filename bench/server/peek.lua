-- GET /api/v1/secrets/{id}: peeks at the seeded secrets in turn (peeking burns nothing).
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
local ids, i

function init(args)
   ids = load_fixtures()
   i = 0
end

function request()
   i = i % #ids + 1
   return wrk.format("GET", "/api/v1/secrets/" .. ids[i])
end
