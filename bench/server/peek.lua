-- POST /api/v1/secrets/peek: peeks at the seeded secrets in turn (peeking burns nothing).
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
local ids, i

function init(args)
   ids = load_fixtures()
   i = 0
end

function request()
   i = i % #ids + 1
   return wrk.format("POST", "/api/v1/secrets/peek", { ["Content-Type"] = "application/json" }, '{"id":"' .. ids[i] .. '"}')
end
