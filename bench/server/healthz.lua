-- GET /healthz: the trivial route, the ceiling the other phases are compared with.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/healthz"
