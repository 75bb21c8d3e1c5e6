-- POST /api/v1/secrets: a fresh 1.4 KB secret per request (1,424 bytes: an envelope padding bucket plus the tag,
-- the only kind of length the server accepts), with a random canonical id and a fixed verifier: the server cannot tell
-- a verifier that matches no proof from one that does, so creating costs the same.
--
-- The body is built from two fixed halves around the id, so the load generator, which shares the machine's cores with
-- the server, spends as little as it can per request.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local boundary = "cinder-bench-7d2f"
local head, tail, n, instance

function init(args)
   -- wrk runs started in the same second against two servers (WRK_INSTANCE 0, 1) must not draw the same ids.
   instance = tonumber(os.getenv("WRK_INSTANCE") or "0")
   math.randomseed(os.time() * 100 + tid + 1000 * instance)
   local t = {}
   for i = 1, 1424 do t[i] = string.char(math.random(0, 255)) end
   head = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
      .. '{"id":"'
   -- 43 base64url characters of 32 zero bytes: canonical (the last one carries 4 bits, the low 2 zero).
   tail = '","verifier":"' .. string.rep("A", 43) .. '","ttl":3600,"header":"AQA"}\r\n--' .. boundary
      .. "\r\nContent-Disposition: form-data; name=\"ciphertext\"\r\nContent-Type: application/octet-stream\r\n\r\n"
      .. table.concat(t) .. "\r\n--" .. boundary .. "--\r\n"
   n = 0
   wrk.method = "POST"
   wrk.path = "/api/v1/secrets"
   wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
end

function request()
   n = n + 1
   -- A canonical 16-byte id: 21 hex digits (all base64url characters) + "A" (its low bits zero). Random digits spread
   -- the ids over the key space like real ones; the counter keeps them unique.
   wrk.body = head .. string.format("%02x%010x%09x", instance * 16 + tid, math.random(0, 2^40 - 1), n % 2^36) .. "A" .. tail
   return wrk.format()
end
