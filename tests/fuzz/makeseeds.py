#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Seed corpora for the fuzz targets, made from the reference material (../shared): corpus/ (real pact
files) and spec/ (pact-specification test cases). Writes OUT/<target>/<name> for every target; the
input formats are those described at the top of each tests/fuzz/fuzz_<target>.cpp.

    makeseeds.py SHARED_DIR OUT_DIR [MAX_BYTES]
"""
import base64
import hashlib
import json
import os
import sys

SEP = b"\n%%\n"
KINDS = {"request": 0, "response": 1, "message": 2}
VERSIONS = {"v1": 0, "v1.1": 1, "v2": 2, "v3": 3, "v4": 4}


def enc(text):
    return str(text).encode("utf-8", "surrogatepass")


def dump(value):
    return enc(json.dumps(value, ensure_ascii=False))


class Out:
    def __init__(self, root, max_bytes):
        self.root, self.max_bytes, self.counts = root, max_bytes, {}

    def add(self, target, data):
        if not data or len(data) > self.max_bytes:
            return
        folder = os.path.join(self.root, target)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
        self.counts.setdefault(target, set()).add(hashlib.sha1(data).digest())


def load(path):
    try:
        with open(path, "rb") as f:
            raw = f.read()
        return raw, json.loads(raw.decode("utf-8-sig"))
    except (OSError, ValueError):
        return None, None


def files(folder):
    for base, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            if name.endswith(".json"):
                yield os.path.join(base, name)


def content_of(body):
    """A V4 body object's content, else the body itself."""
    if isinstance(body, dict) and "content" in body and set(body) <= {"content", "contentType", "encoded", "contentTypeHint"}:
        return body["content"]
    return body


def body_rules(part):
    """A part's body rules as {"$.path": {"matchers": [...], "combine": ...}} (V2 `$.body…` keys too)."""
    rules = part.get("matchingRules") or {}
    if not isinstance(rules, dict):
        return {}
    out = {}
    for category in ("body", "content"):
        if isinstance(rules.get(category), dict):
            out.update(rules[category])
    for key, value in rules.items():
        if isinstance(key, str) and key.startswith("$.body"):
            out["$" + key[len("$.body"):]] = {"matchers": [value]}
    return out


def all_matchers(part):
    """(body rule path or None, matcher) for every matcher of a part, V2 and V3/V4 forms."""
    rules = part.get("matchingRules")
    for key, value in (rules.items() if isinstance(rules, dict) else []):
        if not isinstance(value, dict):
            continue
        if key.startswith("$"):
            yield ("$" + key[len("$.body"):] if key.startswith("$.body") else None), value
            continue
        lists = {None: value} if "matchers" in value else value
        for path, lst in lists.items():
            for m in (lst.get("matchers") or []) if isinstance(lst, dict) else []:
                if isinstance(m, dict):
                    yield (path if key in ("body", "content") else None), m


def at_path(value, path):
    """The value at a simple rule path ($.a.b[0]), or None."""
    if not isinstance(path, str) or not path.startswith("$"):
        return None
    for step in path[1:].replace("[", ".").replace("]", "").split("."):
        if not step:
            continue
        if isinstance(value, dict) and step in value:
            value = value[step]
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return None
    return value


def parts_of(doc):
    """Every request, response and message of a pact file or spec case."""
    found = []
    for key in ("expected", "actual", "request", "response", "contents"):
        if isinstance(doc.get(key), dict):
            found.append(doc[key])
    for group in ("interactions", "messages"):
        for i in doc.get(group) or []:
            if isinstance(i, dict):
                found.append(i)
                for key in ("request", "response"):
                    for p in (i.get(key) if isinstance(i.get(key), list) else [i.get(key)]):
                        if isinstance(p, dict):
                            found.append(p)
    return found


def headers_of(part):
    h = part.get("headers") or {}
    return {k: (", ".join(map(str, v)) if isinstance(v, list) else str(v)) for k, v in h.items()} if isinstance(h, dict) else {}


def body_bytes(part):
    body = part.get("body", part.get("contents"))
    content = content_of(body)
    if isinstance(body, dict) and str(body.get("encoded")).lower() == "base64" and isinstance(content, str):
        try:
            return base64.b64decode(content)
        except ValueError:
            return None
    if isinstance(content, str):
        return enc(content)
    return None if content is None else dump(content)


def http_request(part):
    query = part.get("query")
    if isinstance(query, dict):
        query = "&".join(f"{k}={v}" for k, vs in query.items() for v in (vs if isinstance(vs, list) else [vs]))
    target = str(part.get("path", "/")) + (f"?{query}" if query else "")
    body = body_bytes(part) or b""
    head = f"{part.get('method', 'GET')} {target} HTTP/1.1\r\n"
    for k, v in headers_of(part).items():
        head += f"{k}: {v}\r\n"
    return enc(head) + (b"Content-Length: %d\r\n\r\n" % len(body) if body else b"\r\n") + body


def seeds_from(doc, out, spec_path=None):
    parts = parts_of(doc)
    for part in parts:
        rules = body_rules(part)
        body = content_of(part.get("body", part.get("contents")))
        for key, matcher in all_matchers(part):
            value = at_path(body, key) if key else None
            out.add("matcherdef", dump({"matcher": matcher, "value": value, "example": value}))
            fmt = next((matcher.get(k) for k in ("format", "timestamp", "date", "time") if isinstance(matcher.get(k), str)), None)
            if fmt:
                out.add("datetime", SEP.join([enc(fmt), enc(value if value is not None else ""), b"", b""]))
            if key:
                out.add("rulepath", enc(key) + SEP + b"\n".join(enc(s) for s in ["$"] + key[2:].split(".")))
        generators = part.get("generators") or {}
        for category in (generators.values() if isinstance(generators, dict) else []):
            items = [category] if isinstance(category, dict) and "type" in category else (category.values() if isinstance(category, dict) else [])
            for g in items:
                if isinstance(g, dict):
                    out.add("matcherdef", dump({"matcher": {"match": "type"}, "generator": g, "value": "x", "providerState": {"id": 1}}))
                    if "format" in g or "expression" in g:
                        out.add("datetime", SEP.join([enc(g.get("format", "")), b"", enc(g.get("expression", "")), b""]))
        ctype = part.get("headers", {}).get("Content-Type", "") if isinstance(part.get("headers"), dict) else ""
        ctype = ", ".join(ctype) if isinstance(ctype, list) else str(ctype)
        raw = body_bytes(part)
        if raw and "multipart" in ctype and b"--" not in raw:
            try:
                raw = base64.b64decode(raw, validate=True)  # pact-php writes multipart bodies as base64 text
            except ValueError:
                pass
        if raw and ("multipart" in ctype or "form-urlencoded" in ctype):
            out.add("multipart", SEP.join([enc(ctype), dump(rules), raw, raw]))
        if "method" in part:
            out.add("httprequest", bytes([0x1e, 0, 40]) + http_request(part))
    if spec_path and isinstance(doc.get("expected"), dict) and isinstance(doc.get("actual"), dict):
        e, a = doc["expected"], doc["actual"]
        eb, ab = body_bytes(e), body_bytes(a)
        rules = dump(body_rules(e))
        if eb is not None and ab is not None:
            target = "xmlbody" if eb.lstrip().startswith(b"<") else "jsonbody"
            if target == "xmlbody" or not isinstance(content_of(e.get("body", e.get("contents"))), str):
                out.add(target, SEP.join([rules, eb, ab]))
        if "method" in e and "method" in a:
            out.add("httprequest", bytes([0x1e, 0, 30]) + http_request(e) + http_request(a))


def main():
    shared, root = sys.argv[1], sys.argv[2]
    out = Out(root, int(sys.argv[3]) if len(sys.argv) > 3 else 65536)
    previous = None
    for path in files(os.path.join(shared, "corpus")):
        raw, doc = load(path)
        if raw is not None:
            out.add("pactreader", raw)
            out.add("pactroundtrip", raw)
            # pactdiff: a pact against itself, and against the one before it
            out.add("pactdiff", raw + b"\n---8<---\n" + raw)
            if previous is not None:
                out.add("pactdiff", previous + b"\n---8<---\n" + raw)
            previous = raw
        if isinstance(doc, dict):
            seeds_from(doc, out)
    for path in files(os.path.join(shared, "spec")):
        raw, doc = load(path)
        steps = os.path.relpath(path, os.path.join(shared, "spec")).split(os.sep)
        if raw is None or len(steps) < 3 or steps[0] not in VERSIONS or steps[2] not in KINDS:
            continue
        out.add("speccase", bytes([VERSIONS[steps[0]] * 3 + KINDS[steps[2]]]) + raw)
        if isinstance(doc, dict):
            seeds_from(doc, out, path)
    for target, seen in sorted(out.counts.items()):
        print(f"{target}: {len(seen)} seeds")


if __name__ == "__main__":
    main()
