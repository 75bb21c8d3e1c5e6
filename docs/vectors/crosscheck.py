# Independent re-implementation of docs/envelope-v1.md in Python (needs `cryptography` >= 44 for Argon2id): it opens
# every success vector from the spec alone, so the spec, not just the Rust code, is what the vectors pin.
import base64, hashlib, hmac, json, os, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

def b64d(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))
def b64e(b): return base64.urlsafe_b64encode(b).rstrip(b'=').decode()
def extract(salt, ikm): return hmac.new(salt, ikm, hashlib.sha256).digest()
def expand(prk, info, n):
    out, t, i = b'', b'', 1
    while len(out) < n:
        t = hmac.new(prk, t + info + bytes([i]), hashlib.sha256).digest(); out += t; i += 1
    return out[:n]
def padme(x):
    x = max(x, 256); e = x.bit_length() - 1; s = e.bit_length(); m = (1 << (e - s)) - 1
    return (x + m) & ~m

d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "v1"); ok = 0
for name in sorted(os.listdir(d)):
    f = dict(); files = []
    for line in open(os.path.join(d, name), encoding='utf-8').read().splitlines():
        if line.startswith('#'): continue
        k, _, v = line.partition(':'); v = v[1:] if v.startswith(' ') else v
        if k == 'file-name': files.append([json.loads(v)])
        elif k == 'file-type': files[-1].append(json.loads(v))
        elif k == 'file-data': files[-1].append(b64d(v))
        else: f[k] = v
    if f['expect'] != 'success': continue
    if 'receipt' in f:
        R = b64d(f['receipt']); prk = extract(b'cinder/v1', R)
        rid = expand(prk, b'cinder/v1/receipt-id', 16); burn = expand(prk, b'cinder/v1/receipt-burn', 32)
        assert b64e(rid) == f['receipt-id'] and b64e(hashlib.sha256(rid).digest()) == f['receipt-lookup']
        assert b64e(burn) == f['burn-proof'] and b64e(hashlib.sha256(burn).digest()) == f['burn-verifier']
        ok += 1; continue
    L = b64d(f['fragment']); header = b64d(f['header']); ct = b64d(f['ciphertext'])
    id_ = expand(extract(b'cinder/v1', L), b'cinder/v1/id', 16)
    gate = expand(extract(b'cinder/v1', L), b'cinder/v1/gate', 32)
    assert b64e(gate) == f['gate'] and b64e(hashlib.sha256(gate).digest()) == f['gate-verifier'], name
    if header[1] == 1:
        m, t, p = (int.from_bytes(header[i:i+4], 'big') for i in (2, 6, 10))
        S = Argon2id(salt=header[14:30], length=32, iterations=t, lanes=p, memory_cost=m).derive(json.loads(f['passphrase']).encode())
    else:
        S = bytes(32)
    prk = extract(b'cinder/v1/keys', L + id_ + S + header)
    K = expand(prk, b'cinder/v1/key', 32); proof = expand(prk, b'cinder/v1/proof', 32)
    assert b64e(id_) == f['id'] and b64e(proof) == f['proof'] and b64e(hashlib.sha256(proof).digest()) == f['verifier'], name
    pt = AESGCM(K).decrypt(bytes(12), ct, b'cinder/v1' + b'\x01' + id_ + header)
    assert pt[0] == 1
    n = int.from_bytes(pt[1:5], 'big'); text = pt[5:5+n].decode(); i = 5 + n
    cnt = int.from_bytes(pt[i:i+2], 'big'); i += 2; got = []
    for _ in range(cnt):
        a = int.from_bytes(pt[i:i+2], 'big'); nm = pt[i+2:i+2+a].decode(); i += 2 + a
        a = int.from_bytes(pt[i:i+2], 'big'); ty = pt[i+2:i+2+a].decode(); i += 2 + a
        a = int.from_bytes(pt[i:i+4], 'big'); dt = pt[i+4:i+4+a]; i += 4 + a
        got.append([nm, ty, dt])
    assert len(pt) == padme(i) == int(f['padded']) and not any(pt[i:]), name
    assert text == json.loads(f['text']) and got == files, name
    ok += 1
print(ok, "success vectors verified independently")
