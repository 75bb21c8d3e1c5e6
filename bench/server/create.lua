-- POST /api/v1/secrets: a fresh 1.4 KB secret per request (1,424 bytes: an envelope padding bucket plus the tag,
-- the only kind of length the server accepts), with a random canonical id and verifier: the server cannot tell a
-- verifier that matches no proof from one that does, so creating costs the same.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
-- Canonical unpadded base64url: the last character may only carry the bits that remain, the rest zero.
local last16 = "AQgw"               -- 16 bytes: 2 bits left
local last32 = "AEIMQUYcgkosw048"   -- 32 bytes: 4 bits left

local function b64(chars, last)
   local t = {}
   for i = 1, chars - 1 do
      local k = math.random(1, 64)
      t[i] = alphabet:sub(k, k)
   end
   local k = math.random(1, #last)
   t[chars] = last:sub(k, k)
   return table.concat(t)
end

local boundary = "cinder-bench-7d2f"
local ciphertext

function init(args)
   math.randomseed(os.time() * 100 + tid)
   local t = {}
   for i = 1, 1424 do t[i] = string.char(math.random(0, 255)) end
   ciphertext = table.concat(t)
end

function request()
   local meta = string.format('{"id":"%s","verifier":"%s","ttl":3600,"header":"AQA"}', b64(22, last16), b64(43, last32))
   local body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
      .. meta .. "\r\n--" .. boundary
      .. "\r\nContent-Disposition: form-data; name=\"ciphertext\"\r\nContent-Type: application/octet-stream\r\n\r\n"
      .. ciphertext .. "\r\n--" .. boundary .. "--\r\n"
   return wrk.format("POST", "/api/v1/secrets", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }, body)
end
