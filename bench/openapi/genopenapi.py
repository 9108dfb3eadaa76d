#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# genopenapi.py OUT_DIR [--seed N] [--resources N] [--interactions N] [--bad N]
# Writes, deterministically for a given seed (standard library only):
#   OUT_DIR/spec.yaml  OpenAPI 3.0.3: 20 resources x (4 paths, 10 operations) = 80 paths, 200 operations
#                      (GET/POST/PUT/DELETE, path, query (arrays, enums, date-time) and header parameters,
#                      bearer + apiKey security, request bodies, 2-4 responses each, components $refs,
#                      allOf/oneOf, nullable, formats date-time/date/uuid/int64/email, nested objects and
#                      arrays, additionalProperties maps and closed input objects)
#   OUT_DIR/spec.json  the same document as JSON
#   OUT_DIR/pact.json  a V3 pact with 1000 HTTP interactions over those operations (5 per operation;
#                      query strings, headers, bodies of 5-50+ fields, matchingRules type/regex/integer/
#                      timestamp on body, path, query and headers); 30 of them (3 %) deliberately
#                      incompatible, in four kinds (unknown path, wrong type in the request body, bad
#                      enum in a query parameter, missing credentials)
#   OUT_DIR/expected.json  the incompatible interactions: description and kind
import argparse
import json
import os
import random
import re

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--resources", type=int, default=20, help="4 paths and 10 operations each")
ap.add_argument("--interactions", type=int, default=1000)
ap.add_argument("--bad", type=int, default=None, help="incompatible interactions (default 3 %%)")
args = ap.parse_args()
rng = random.Random(args.seed)
bad_count = args.bad if args.bad is not None else round(args.interactions * 0.03)

NAMES = ["account", "order", "product", "invoice", "customer", "shipment", "warehouse", "supplier",
         "payment", "refund", "coupon", "review", "ticket", "project", "team", "device", "contract",
         "vehicle", "booking", "campaign", "article", "course", "policy", "claim", "asset"]
SUBS = ["line", "note", "event", "attachment", "comment", "task", "item", "entry", "revision", "member"]
WORDS = ["alpha", "bravo", "north", "delta", "amber", "cedar", "harbor", "maple", "orbit", "quartz",
         "river", "summit", "timber", "violet", "willow", "zephyr", "copper", "falcon", "granite", "lumen"]
FIRST = ["mary", "john", "aiko", "lena", "omar", "sven", "noor", "pablo", "ruth", "tariq"]
CURRENCIES = ["EUR", "USD", "GBP", "JPY", "CHF"]
UUID_RE = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
TS_FORMAT = "yyyy-MM-dd'T'HH:mm:ssXXX"

def cap(s): return s[0].upper() + s[1:]
def plural(s): return s + ("es" if s.endswith(("s", "x", "ch")) else "s")
def ref(name): return {"$ref": f"#/components/schemas/{name}"}

# ---------------------------------------------------------------- the OpenAPI document
schemas = {
    "Error": {"type": "object", "required": ["code", "message"], "properties": {
        "code": {"type": "string", "enum": ["not_found", "invalid", "conflict", "unauthorized"]},
        "message": {"type": "string", "maxLength": 500},
        "requestId": {"type": "string", "format": "uuid"},
        "details": {"type": "array", "nullable": True, "items": {"type": "object", "required": ["field"], "properties": {
            "field": {"type": "string"}, "reason": {"type": "string"}}}}}},
    "Address": {"type": "object", "required": ["street", "city", "country"], "properties": {
        "street": {"type": "string"}, "city": {"type": "string"}, "postcode": {"type": "string", "pattern": "^[0-9A-Z -]{3,10}$"},
        "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
        "geo": {"type": "object", "nullable": True, "properties": {"lat": {"type": "number", "format": "double"}, "lon": {"type": "number", "format": "double"}}}}},
    "Money": {"type": "object", "required": ["amount", "currency"], "properties": {
        "amount": {"type": "number", "format": "double", "minimum": 0}, "currency": {"type": "string", "enum": CURRENCIES}}},
    "Owner": {"type": "object", "required": ["id", "email"], "properties": {
        "id": {"type": "string", "format": "uuid"}, "email": {"type": "string", "format": "email"},
        "name": {"type": "string", "nullable": True}}},
    "Entity": {"type": "object", "required": ["id", "createdAt"], "properties": {
        "createdAt": {"type": "string", "format": "date-time"},
        "updatedAt": {"type": "string", "format": "date-time", "nullable": True}}},
    "CardPayment": {"type": "object", "required": ["method", "last4"], "properties": {
        "method": {"type": "string", "enum": ["card"]}, "last4": {"type": "string", "pattern": "^[0-9]{4}$"},
        "expires": {"type": "string", "format": "date"}}},
    "BankPayment": {"type": "object", "required": ["method", "iban"], "properties": {
        "method": {"type": "string", "enum": ["bank"]}, "iban": {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$"}}},
    "PaymentMethod": {"oneOf": [ref("CardPayment"), ref("BankPayment")]},
    "Page": {"type": "object", "required": ["number", "size"], "properties": {
        "number": {"type": "integer", "format": "int32", "minimum": 1}, "size": {"type": "integer", "format": "int32"},
        "totalElements": {"type": "integer", "format": "int64"}}},
}
parameters = {
    "PageParam": {"name": "page", "in": "query", "required": False, "schema": {"type": "integer", "format": "int32", "minimum": 1}},
    "LimitParam": {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100}},
    "RequestId": {"name": "X-Request-Id", "in": "header", "required": False, "schema": {"type": "string", "format": "uuid"}},
}
std_responses = {
    "NotFound": {"description": "not found", "content": {"application/json": {"schema": ref("Error")}}},
    "BadRequest": {"description": "invalid request", "content": {"application/json": {"schema": ref("Error")}}},
    "Unauthorized": {"description": "no or bad credentials", "content": {"application/json": {"schema": ref("Error")}}},
}

SCALARS = ["string", "int32", "int64", "double", "boolean", "email", "uuid", "date-time", "date", "enum", "nullable-string"]

def scalar_schema(kind):
    return {
        "string": {"type": "string", "maxLength": 200},
        "int32": {"type": "integer", "format": "int32", "minimum": 0, "maximum": 100000},
        "int64": {"type": "integer", "format": "int64"},
        "double": {"type": "number", "format": "double"},
        "boolean": {"type": "boolean"},
        "email": {"type": "string", "format": "email"},
        "uuid": {"type": "string", "format": "uuid"},
        "date-time": {"type": "string", "format": "date-time"},
        "date": {"type": "string", "format": "date"},
        "enum": {"type": "string", "enum": ["low", "medium", "high", "urgent"]},
        "nullable-string": {"type": "string", "nullable": True},
    }[kind]

resources = []
for k in range(args.resources):
    base = NAMES[k % len(NAMES)] + ("" if k < len(NAMES) else str(k // len(NAMES)))
    sub = SUBS[k % len(SUBS)]
    S, Sub = cap(base), cap(base) + cap(sub)
    res = {"name": base, "S": S, "plural": plural(base), "sub": sub, "subPlural": plural(sub), "Sub": Sub,
           "idInt": k % 3 == 2, "public": k % 5 == 4, "either": k % 4 == 1}
    statuses = rng.sample(["draft", "active", "pending", "suspended", "closed", "archived", "open", "done"], rng.randint(3, 5))
    schemas[f"{S}Status"] = {"type": "string", "enum": statuses}
    res["statuses"] = statuses
    id_schema = {"type": "integer", "format": "int64", "minimum": 1} if res["idInt"] else {"type": "string", "format": "uuid"}
    # writable fields: what POST/PUT take; the resource adds id, audit fields and status
    props, required = {}, ["name", "priority"]
    props["name"] = {"type": "string", "minLength": 1, "maxLength": 120}
    props["priority"] = {"type": "integer", "format": "int32", "minimum": 0, "maximum": 10}
    props["tags"] = {"type": "array", "items": {"type": "string"}, "maxItems": 10}
    extra = rng.randint(2, 16)
    for j in range(extra):
        kind = rng.choice(SCALARS)
        props[f"{rng.choice(WORDS)}{cap(kind.replace('-', ''))}{j}"] = scalar_schema(kind)
    if rng.random() < 0.6:
        props["address"] = ref("Address")
    if rng.random() < 0.5:
        props["budget"] = ref("Money")
    if rng.random() < 0.5:
        props["metadata"] = {"type": "object", "additionalProperties": {"type": "string"}}
    if rng.random() < 0.4:
        props["payment"] = ref("PaymentMethod")
    if rng.random() < 0.5:
        det = {f"{rng.choice(WORDS)}{j}": scalar_schema(rng.choice(SCALARS)) for j in range(rng.randint(2, 6))}
        props["details"] = {"type": "object", "properties": det, "required": [next(iter(det))]}
    schemas[f"{S}Writable"] = {"type": "object", "required": required, "properties": props}
    schemas[f"{S}Input"] = {"allOf": [ref(f"{S}Writable"), {"type": "object", "properties": {
        "comment": {"type": "string", "nullable": True, "maxLength": 1000}}}]}
    schemas[S] = {"allOf": [ref("Entity"), ref(f"{S}Writable"), {"type": "object", "required": ["id", "status", "owner"], "properties": {
        "id": id_schema, "status": ref(f"{S}Status"), "owner": ref("Owner"),
        "lines": {"type": "array", "items": ref(Sub)}}}]}
    schemas[f"{S}Page"] = {"type": "object", "required": ["items", "page"], "properties": {
        "items": {"type": "array", "items": ref(S)}, "page": ref("Page")}}
    sub_props = {"id": {"type": "integer", "format": "int64"}, "position": {"type": "integer", "format": "int32", "minimum": 0},
                 "label": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"},
                 "amount": ref("Money"), "attributes": {"type": "object", "additionalProperties": {"type": "integer"}}}
    for j in range(rng.randint(1, 6)):
        sub_props[f"{rng.choice(WORDS)}{j}"] = scalar_schema(rng.choice(SCALARS))
    schemas[Sub] = {"type": "object", "required": ["id", "position", "label"], "properties": sub_props}
    sub_in = {name: s for name, s in sub_props.items() if name not in ("id", "createdAt")}
    schemas[f"{Sub}Input"] = {"type": "object", "additionalProperties": False, "required": ["position", "label"], "properties": sub_in}
    res["idSchema"] = id_schema
    resources.append(res)

def op_security(res, op_kind):
    if op_kind == "delete":
        return [{"apiKey": []}]
    if res["public"] and op_kind in ("get", "list"):
        return []
    if res["either"] and op_kind in ("list", "get"):
        return [{"bearerAuth": []}, {"apiKey": []}]
    return None  # the document's default: bearerAuth

def json_content(schema): return {"application/json": {"schema": schema}}

paths, operations = {}, []  # operations: what the pact generator needs to know about each
for res in resources:
    S, Sub, p, sp = res["S"], res["Sub"], res["plural"], res["subPlural"]
    rid, sid = f"{res['name']}Id", f"{res['sub']}Id"
    rid_param = {"name": rid, "in": "path", "required": True, "schema": res["idSchema"]}
    sid_param = {"name": sid, "in": "path", "required": True, "schema": {"type": "integer", "format": "int64", "minimum": 1}}
    ok_headers = {"X-RateLimit-Remaining": {"schema": {"type": "integer", "format": "int32"}}}
    list_query = [
        {"$ref": "#/components/parameters/PageParam"}, {"$ref": "#/components/parameters/LimitParam"},
        {"name": "status", "in": "query", "required": False, "schema": {"type": "array", "items": ref(f"{S}Status")}, "style": "form", "explode": True},
        {"name": "sort", "in": "query", "required": False, "schema": {"type": "string", "enum": ["name", "-name", "createdAt", "-createdAt"]}},
        {"name": "updatedSince", "in": "query", "required": False, "schema": {"type": "string", "format": "date-time"}},
        {"name": "tag", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}, "maxItems": 5}},
    ]
    rq = {"$ref": "#/components/parameters/RequestId"}
    def op(kind, op_id, summary, params, responses, body=None, tag=S, op_path=None):
        o = {"operationId": op_id, "summary": summary, "tags": [tag], "parameters": params, "responses": responses}
        if body is not None:
            o["requestBody"] = {"required": True, "content": json_content(body)}
        sec = op_security(res, kind)
        if sec is not None:
            o["security"] = sec
        return o
    coll, item = f"/{p}", f"/{p}/{{{rid}}}"
    subcoll, subitem = f"/{p}/{{{rid}}}/{sp}", f"/{p}/{{{rid}}}/{sp}/{{{sid}}}"
    r401 = {"$ref": "#/components/responses/Unauthorized"}
    r404 = {"$ref": "#/components/responses/NotFound"}
    r400 = {"$ref": "#/components/responses/BadRequest"}
    paths[coll] = {
        "get": op("list", f"list{cap(p)}", f"List {p}", [rq] + list_query, {
            "200": {"description": "a page", "headers": ok_headers, "content": json_content(ref(f"{S}Page"))}, "401": r401}),
        "post": op("post", f"create{S}", f"Create a {res['name']}", [rq], {
            "201": {"description": "created", "headers": {"Location": {"schema": {"type": "string"}}}, "content": json_content(ref(S))},
            "400": r400, "401": r401}, body=ref(f"{S}Input")),
    }
    paths[item] = {
        "parameters": [rid_param],
        "get": op("get", f"get{S}", f"Get a {res['name']}", [rq], {
            "200": {"description": "found", "headers": ok_headers, "content": json_content(ref(S))}, "404": r404}),
        "put": op("put", f"replace{S}", f"Replace a {res['name']}", [rq], {
            "200": {"description": "replaced", "content": json_content(ref(S))}, "400": r400, "404": r404, "401": r401}, body=ref(f"{S}Input")),
        "delete": op("delete", f"delete{S}", f"Delete a {res['name']}", [], {"204": {"description": "deleted"}, "404": r404}),
    }
    paths[subcoll] = {
        "parameters": [rid_param],
        "get": op("list", f"list{S}{cap(sp)}", f"List the {sp} of a {res['name']}",
                  [{"$ref": "#/components/parameters/PageParam"}, {"$ref": "#/components/parameters/LimitParam"}], {
            "200": {"description": "the list", "content": json_content({"type": "array", "items": ref(Sub)})}, "404": r404}),
        "post": op("post", f"add{Sub}", f"Add a {res['sub']}", [rq], {
            "201": {"description": "added", "content": json_content(ref(Sub))}, "400": r400, "404": r404}, body=ref(f"{Sub}Input")),
    }
    paths[subitem] = {
        "parameters": [rid_param, sid_param],
        "get": op("get", f"get{Sub}", f"Get a {res['sub']}", [], {
            "200": {"description": "found", "content": json_content(ref(Sub))}, "404": r404}),
        "put": op("put", f"replace{Sub}", f"Replace a {res['sub']}", [rq], {
            "200": {"description": "replaced", "content": json_content(ref(Sub))}, "400": r400, "404": r404}, body=ref(f"{Sub}Input")),
        "delete": op("delete", f"delete{Sub}", f"Delete a {res['sub']}", [], {"204": {"description": "deleted"}, "404": r404}),
    }
    for path in (coll, item, subcoll, subitem):
        for method, o in paths[path].items():
            if method == "parameters":
                continue
            ok = next(c for c in o["responses"] if c.startswith("2"))
            resp = o["responses"][ok]
            operations.append({"res": res, "path": path, "method": method.upper(), "op": o, "ok": ok,
                               "okSchema": resp.get("content", {}).get("application/json", {}).get("schema"),
                               "body": o.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema"),
                               "isList": path == coll and method == "get", "rid": rid, "sid": sid,
                               "security": o.get("security", [{"bearerAuth": []}])})

spec = {
    "openapi": "3.0.3",
    "info": {"title": "Pactbench generated provider", "version": "1.0.0",
             "description": f"Generated by bench/openapi/genopenapi.py (seed {args.seed}): {len(paths)} paths, {len(operations)} operations."},
    "servers": [{"url": "https://api.example.com/v1"}],
    "security": [{"bearerAuth": []}],
    "paths": paths,
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                            "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}},
        "parameters": parameters, "responses": std_responses, "schemas": schemas},
}

# ---------------------------------------------------------------- examples drawn from the schemas
def resolve(schema):
    while "$ref" in schema:
        kind, name = schema["$ref"].split("/")[-2:]
        schema = spec["components"][kind][name]
    return schema

def uuid():
    h = "%032x" % rng.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

def timestamp():
    return "2025-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))

def example(schema, depth=0, name=""):
    schema = resolve(schema)
    if "allOf" in schema:
        out = {}
        for part in schema["allOf"]:
            out.update(example(part, depth, name))
        return out
    if "oneOf" in schema:
        return example(rng.choice(schema["oneOf"]), depth, name)
    if schema.get("nullable") and rng.random() < 0.15:
        return None
    if "enum" in schema:
        return rng.choice(schema["enum"])
    t, fmt = schema.get("type"), schema.get("format")
    if t == "object":
        out = {}
        req = set(schema.get("required", []))
        for key, sub in schema.get("properties", {}).items():
            if key in req or rng.random() < 0.75:
                out[key] = example(sub, depth + 1, key)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for j in range(rng.randint(1, 3)):
                out[f"{rng.choice(WORDS)}-{j}"] = example(extra, depth + 1)
        return out
    if t == "array":
        hi = 3 if depth == 0 else 2 if depth < 3 else 1
        return [example(schema["items"], depth + 1, name) for _ in range(rng.randint(1, min(hi, schema.get("maxItems", hi))))]
    if t == "integer":
        lo, hi = schema.get("minimum", 0), schema.get("maximum", 10_000_000_000 if fmt == "int64" else 100000)
        return rng.randint(lo, hi)
    if t == "number":
        return round(rng.uniform(schema.get("minimum", 0), 5000), 2)
    if t == "boolean":
        return rng.random() < 0.5
    if fmt == "uuid": return uuid()
    if fmt == "date-time": return timestamp()
    if fmt == "date": return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    if fmt == "email": return f"{rng.choice(FIRST)}.{rng.choice(WORDS)}@example.com"
    pattern = schema.get("pattern", "")
    if pattern == "^[A-Z]{2}$": return rng.choice(["DE", "FR", "JP", "US", "GB"])
    if pattern.startswith("^[0-9A-Z"): return "%05d" % rng.randint(10000, 99999)
    if pattern == "^[0-9]{4}$": return "%04d" % rng.randint(0, 9999)
    if pattern.startswith("^[A-Z]{2}[0-9]{2}"): return "DE%02d%018d" % (rng.randint(10, 99), rng.getrandbits(59))
    if name == "name" or name == "label": return f"{cap(rng.choice(WORDS))} {rng.choice(WORDS)} {rng.randint(1, 999)}"
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))

def body_rules(body, limit):
    """matchingRules for some leaves of an example body: integer, regex (uuid), timestamp, type."""
    rules = {}
    def walk(value, path):
        if len(rules) >= limit:
            return
        if isinstance(value, dict):
            for key, sub in value.items():
                walk(sub, f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}['{key}']")
        elif isinstance(value, list):
            if value and rng.random() < 0.5:
                rules[path] = {"matchers": [{"match": "type", "min": 1}]}
            if value:
                walk(value[0], path + "[*]")
        elif isinstance(value, bool) or value is None:
            return
        elif isinstance(value, int):
            if rng.random() < 0.5: rules[path] = {"matchers": [{"match": "integer"}]}
        elif isinstance(value, float):
            if rng.random() < 0.3: rules[path] = {"matchers": [{"match": "type"}]}
        elif isinstance(value, str):
            if re.fullmatch(UUID_RE, value):
                rules[path] = {"matchers": [{"match": "regex", "regex": UUID_RE}]}
            elif re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", value):
                rules[path] = {"matchers": [{"match": "timestamp", "format": TS_FORMAT}]}
            elif rng.random() < 0.3:
                rules[path] = {"matchers": [{"match": "type"}]}
    walk(body, "$")
    return rules

# ---------------------------------------------------------------- the pact
def path_value(schema):
    return str(rng.randint(1, 99999)) if resolve(schema).get("type") == "integer" else uuid()

bad_kinds = ["unknown-path", "wrong-body-type", "bad-query-enum", "missing-auth"]
n = args.interactions
order = list(range(len(operations)))
rng.shuffle(order)
plan = [operations[order[i % len(order)]] for i in range(n)]
bad_at = {}
candidates = {
    "unknown-path": list(range(n)),
    "wrong-body-type": [i for i in range(n) if plan[i]["body"] is not None],
    "bad-query-enum": [i for i in range(n) if plan[i]["isList"]],
    "missing-auth": [i for i in range(n) if plan[i]["security"]],
}
for j in range(bad_count):
    kind = bad_kinds[j % len(bad_kinds)]
    free = [i for i in candidates[kind] if i not in bad_at]
    if free:
        bad_at[rng.choice(free)] = kind

interactions, expected = [], []
for i, o in enumerate(plan):
    res = o["res"]
    kind = bad_at.get(i)
    rid_val = path_value(res["idSchema"])
    sid_val = str(rng.randint(1, 99999))
    path = o["path"].replace("{" + o["rid"] + "}", rid_val).replace("{" + o["sid"] + "}", sid_val)
    id_re = r"\d+" if res["idInt"] else "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    path_re = "^" + re.sub(r"\{[^}]+\}", lambda m: r"\d+" if m.group(0) == "{" + o["sid"] + "}" else id_re, o["path"]) + "$"
    method = o["method"]
    req_headers, req_rules = {"Accept": "application/json"}, {}
    sec = o["security"]
    scheme = None
    if sec:
        scheme = next(iter(sec[rng.randrange(len(sec))]))
        if scheme == "bearerAuth":
            req_headers["Authorization"] = "Bearer eyJhbGciOiJIUzI1NiJ9." + "%016x" % rng.getrandbits(64)
            req_rules.setdefault("header", {})["Authorization"] = {"matchers": [{"match": "regex", "regex": "^Bearer [A-Za-z0-9._-]+$"}]}
        else:
            req_headers["X-API-Key"] = "key-%012x" % rng.getrandbits(48)
    if any(p.get("$ref", "").endswith("/RequestId") for p in o["op"]["parameters"]) and rng.random() < 0.6:
        req_headers["X-Request-Id"] = uuid()
        req_rules.setdefault("header", {})["X-Request-Id"] = {"matchers": [{"match": "regex", "regex": UUID_RE}]}
    query = {}
    if o["isList"]:
        if rng.random() < 0.7: query["page"] = [str(rng.randint(1, 20))]
        if rng.random() < 0.7: query["limit"] = [str(rng.choice([10, 20, 50, 100]))]
        if rng.random() < 0.6: query["status"] = rng.sample(res["statuses"], rng.randint(1, 2))
        if rng.random() < 0.4: query["sort"] = [rng.choice(["name", "-name", "createdAt", "-createdAt"])]
        if rng.random() < 0.3: query["updatedSince"] = [timestamp()]
        if rng.random() < 0.4: query["tag"] = [rng.choice(WORDS) for _ in range(rng.randint(1, 3))]
        if "page" in query and rng.random() < 0.5:
            req_rules.setdefault("query", {})["page"] = {"matchers": [{"match": "regex", "regex": "^[0-9]+$"}]}
    request = {"method": method, "path": path}
    body = None
    if o["body"] is not None:
        body = example(o["body"])
        req_headers["Content-Type"] = "application/json"
        if rng.random() < 0.5:
            req_rules.setdefault("body", {}).update(body_rules(body, 6))
    # what goes wrong, on purpose
    note = ""
    if kind == "unknown-path":
        request["path"] = path.rstrip("/") + "/archive"
        path_re = None
        note = f"{method} {request['path']}: no such operation"
    elif kind == "wrong-body-type":
        body["priority"] = "high"  # an int32 in the schema
        note = "request body priority: a string where the schema wants an integer"
    elif kind == "bad-query-enum":
        if sum(e["kind"] == kind for e in expected) % 2:  # a scalar enum, or one item of an exploded array of enums
            query["sort"] = ["popularity"]
            note = "query sort=popularity: not in the enum name|-name|createdAt|-createdAt"
        else:
            query["status"] = ["obsolete-status"]
            note = f"query status=obsolete-status: not in the {res['S']}Status enum (array of enums)"
    elif kind == "missing-auth":
        req_headers.pop("Authorization", None)
        req_headers.pop("X-API-Key", None)
        req_rules.get("header", {}).pop("Authorization", None)
        note = "no Authorization / X-API-Key header on a secured operation"
    if path_re and rng.random() < 0.4:
        req_rules["path"] = {"matchers": [{"match": "regex", "regex": path_re}]}
    if query:
        request["query"] = query
    request["headers"] = req_headers
    if body is not None:
        request["body"] = body
    if req_rules.get("header") == {}:
        del req_rules["header"]
    if req_rules:
        request["matchingRules"] = req_rules
    # the answer: mostly the success response, sometimes one of the documented error responses
    codes = list(o["op"]["responses"])
    status = o["ok"] if rng.random() < 0.85 or kind else rng.choice([c for c in codes if c != o["ok"]])
    response = {"status": int(status)}
    if status == o["ok"]:
        schema = o["okSchema"]
    else:
        schema = ref("Error")
    if schema is not None:
        rbody = example(schema)
        headers = {"Content-Type": "application/json"}
        if status == "200" and "headers" in o["op"]["responses"][status] and "X-RateLimit-Remaining" in o["op"]["responses"][status]["headers"] and rng.random() < 0.5:
            headers["X-RateLimit-Remaining"] = str(rng.randint(0, 5000))
        if status == "201" and rng.random() < 0.5 and o["path"].count("/") == 1:
            headers["Location"] = f"/{res['plural']}/{rid_val}"
        response["headers"] = headers
        response["body"] = rbody
        rules = body_rules(rbody, rng.randint(3, 12))
        if rules:
            response["matchingRules"] = {"body": rules}
    desc = f"{o['op']['operationId']} #{i}" + (f" ({kind})" if kind else "")
    state = f"the {res['name']} {rid_val} exists" if "{" in o["path"] else f"there are {res['plural']}"
    interactions.append({"description": desc, "providerStates": [{"name": state}], "request": request, "response": response})
    if kind:
        expected.append({"description": desc, "kind": kind, "why": note})

pact = {"consumer": {"name": "bench-web"}, "provider": {"name": "bench-provider"}, "interactions": interactions,
        "metadata": {"pactSpecification": {"version": "3.0.0"}, "pact-js": {"version": "12.1.0"}}}

# ---------------------------------------------------------------- writing: YAML by hand (no PyYAML needed)
PLAIN_KEY = re.compile(r"[A-Za-z_$][A-Za-z0-9_$.-]*")
RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}

def ykey(k):
    return k if PLAIN_KEY.fullmatch(k) and k.lower() not in RESERVED else json.dumps(k)

def yscalar(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    return json.dumps(v)  # a JSON string is a YAML double-quoted scalar

def yaml_lines(v, indent, out):
    pad = " " * indent
    if isinstance(v, dict):
        for k, sub in v.items():
            if isinstance(sub, (dict, list)) and sub:
                out.append(f"{pad}{ykey(k)}:")
                yaml_lines(sub, indent + (2 if isinstance(sub, dict) else 0), out)
            else:
                out.append(f"{pad}{ykey(k)}: {yflow(sub)}")
    else:
        for sub in v:
            if isinstance(sub, dict) and sub:
                inner = []
                yaml_lines(sub, indent + 2, inner)
                out.append(f"{pad}- {inner[0].lstrip()}")
                out.extend(inner[1:])
            elif isinstance(sub, list) and sub:
                out.append(f"{pad}-")
                yaml_lines(sub, indent + 2, out)
            else:
                out.append(f"{pad}- {yflow(sub)}")

def yflow(v):
    if isinstance(v, dict): return "{}"
    if isinstance(v, list): return "[]"
    return yscalar(v)

os.makedirs(args.out, exist_ok=True)
lines = [f"# Generated by bench/openapi/genopenapi.py --seed {args.seed}; do not edit."]
yaml_lines(spec, 0, lines)
with open(os.path.join(args.out, "spec.yaml"), "w") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(args.out, "spec.json"), "w") as f:
    json.dump(spec, f, indent=2)
with open(os.path.join(args.out, "pact.json"), "w") as f:
    json.dump(pact, f, indent=2)
with open(os.path.join(args.out, "expected.json"), "w") as f:
    json.dump({"operations": len(operations), "paths": len(paths), "interactions": n, "incompatible": expected}, f, indent=2)
print(f"{len(paths)} paths, {len(operations)} operations, {n} interactions ({len(expected)} incompatible) in {args.out}")
