#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# genpact.py N OUT.json BODY.json: a V3 pact with N GET interactions (/items/0 … /items/N-1), each
# with an Accept header and a JSON response body under type/integer/regex/eachLike rules; BODY.json
# gets the response body of the interaction the benchmark requests (the middle one), for nginx.
import json, sys

n, out, body_out = int(sys.argv[1]), sys.argv[2], sys.argv[3]

def body(i):
    return {"id": i, "name": f"item {i}", "price": 10.5 + i, "sku": f"SKU-{i:05d}",
            "tags": ["red", "large"], "created": "2024-01-01T00:00:00Z"}

def interaction(i):
    return {
        "description": f"get item {i}",
        "providerStates": [{"name": f"item {i} exists"}],
        "request": {"method": "GET", "path": f"/items/{i}", "headers": {"Accept": "application/json"}},
        "response": {
            "status": 200,
            "headers": {"Content-Type": "application/json"},
            "body": body(i),
            "matchingRules": {"body": {
                "$.id": {"matchers": [{"match": "integer"}]},
                "$.name": {"matchers": [{"match": "type"}]},
                "$.price": {"matchers": [{"match": "decimal"}]},
                "$.sku": {"matchers": [{"match": "regex", "regex": "^SKU-\\d{5}$"}]},
                "$.tags": {"matchers": [{"match": "type", "min": 1}]},
                "$.created": {"matchers": [{"match": "timestamp", "timestamp": "yyyy-MM-dd'T'HH:mm:ssXXX"}]},
            }},
        },
    }

pact = {"consumer": {"name": "bench-consumer"}, "provider": {"name": "bench-provider"},
        "interactions": [interaction(i) for i in range(n)],
        "metadata": {"pactSpecification": {"version": "3.0.0"}}}
with open(out, "w") as f:
    json.dump(pact, f, indent=1)
with open(body_out, "w") as f:
    f.write(json.dumps(body(n // 2), separators=(",", ":")))
