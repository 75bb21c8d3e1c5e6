"""schemathesis hooks for `cargo xtask test`: the one create rule JSON Schema cannot state.

A ciphertext's length must be one an envelope v1 can have (a Padme bucket of at least 256 bytes, plus the 16-byte
tag: docs/envelope-v1.md). Schema-valid (positive) creates get the smallest such length, 272 bytes, so the check that
every schema-valid request is accepted still covers every other field. Negative cases are left as generated.
"""

import schemathesis
from schemathesis import GenerationMode

SMALLEST_CIPHERTEXT = 256 + 16


@schemathesis.hook
def map_case(context, case):
    positive = case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE
    creates = case.operation.method.upper() == "POST" and case.operation.path == "/api/v1/secrets"
    if positive and creates and isinstance(case.body, dict) and "ciphertext" in case.body:
        case.body["ciphertext"] = bytes(SMALLEST_CIPHERTEXT)
    return case
