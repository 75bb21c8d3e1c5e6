# Independent re-implementation of docs/envelope-v1.md in Python (needs `cryptography` >= 44 for Argon2id): it opens
# every success vector from the spec alone, so the spec, not just the Rust code, is what the vectors pin. Requests
# (revision 3) use the library's own X25519, not the Rust code's.
import base64, hashlib, hmac, json, os, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
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

def sha(b): return b64e(hashlib.sha256(b).digest())
def payload(pt, f, files, name):
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
def request(pk):
    prk = extract(b'cinder/v1/request', pk)
    return prk, expand(prk, b'cinder/v1/request-id', 16)
def public(sk): return X25519PrivateKey.from_private_bytes(sk).public_key().public_bytes_raw()
def request_step(f, files, name):
    step = f['step']
    if step == 'request-link':
        raw = b64d(f['request']); assert raw[0] == 1 and len(raw) == 33, name
        prk, rid = request(raw[1:]); proof = expand(prk, b'cinder/v1/request-answer', 32)
        assert b64e(rid) == f['request-id'] and b64e(proof) == f['answer-proof'] and sha(proof) == f['answer-verifier'], name
    elif step == 'asker-link':
        raw = b64d(f['asker']); assert raw[0] == 2 and len(raw) == 33, name
        sk = raw[1:]; pk = public(sk); _, rid = request(pk)
        fetch = expand(extract(b'cinder/v1/request-fetch', sk), b'cinder/v1/request-fetch', 32)
        assert b64e(b'\x01' + pk) == f['request-derived'] and b64e(rid) == f['request-id'], name
        assert b64e(fetch) == f['fetch-proof'] and sha(fetch) == f['fetch-verifier'], name
    elif step == 'note':
        prk, rid = request(b64d(f['request'])[1:])
        pt = AESGCM(expand(prk, b'cinder/v1/request-note', 32)).decrypt(bytes(12), b64d(f['note-sealed']), b'cinder/v1/request-note' + rid)
        n = int.from_bytes(pt[:2], 'big')
        assert len(pt) == 1024 and n <= 1022 and not any(pt[2+n:]) and pt[2:2+n].decode() == json.loads(f['note']), name
    elif step == 'answer':
        sk = b64d(f['asker'])[1:]; pk = public(sk); _, rid = request(pk); ct = b64d(f['answer']); e = ct[:32]
        dh = X25519PrivateKey.from_private_bytes(sk).exchange(X25519PublicKey.from_public_bytes(e))
        K = expand(extract(b'cinder/v1/answer', dh + e + pk), b'cinder/v1/answer-key', 32)
        payload(AESGCM(K).decrypt(bytes(12), ct[32:], b'cinder/v1/answer' + rid), f, files, name)
    else:
        raise AssertionError(f"{name}: no success vector of step {step}")

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
    if 'step' in f:
        request_step(f, files, name); ok += 1; continue
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
    payload(AESGCM(K).decrypt(bytes(12), ct, b'cinder/v1' + b'\x01' + id_ + header), f, files, name)
    ok += 1
print(ok, "success vectors verified independently")
