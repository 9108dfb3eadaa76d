#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The agreement table: (expected request with rules, actual request) pairs beyond the spec corpus.

Run with a reference master mock server on 127.0.0.1:PORT (`pact mock start --port PORT`) to
(re)record the reference's verdicts into agreement.json:  python3 agreement_cases.py PORT
"""
import base64, json, os, socket, sys, urllib.request

def rule(*matchers, combine="AND"):
    return {"combine": combine, "matchers": list(matchers)}

def body_case(name, rules, expected, actual_text, ctype="application/json", method="POST"):
    req = {"method": method, "path": "/x", "headers": {"Content-Type": [ctype]},
           "body": {"contentType": ctype, "encoded": False, "content": expected}}
    if rules:
        req["matchingRules"] = {"body": rules}
    return {"name": name, "expected": req,
            "actual": {"method": method, "path": "/x", "query": "", "headers": [["Content-Type", ctype]], "body": actual_text}}

def raw_case(name, expected, actual):
    return {"name": name, "expected": expected, "actual": actual}

def m(t, **kw):
    d = {"match": t}; d.update(kw); return d

CASES = [
    body_case("integer rejects 1.0", {"$.n": rule(m("integer"))}, {"n": 1}, '{"n":1.0}'),
    body_case("integer accepts 7", {"$.n": rule(m("integer"))}, {"n": 1}, '{"n":7}'),
    body_case("integer rejects string", {"$.n": rule(m("integer"))}, {"n": 1}, '{"n":"7"}'),
    body_case("decimal accepts 22.0", {"$.n": rule(m("decimal"))}, {"n": 1.5}, '{"n":22.0}'),
    body_case("decimal rejects 22", {"$.n": rule(m("decimal"))}, {"n": 1.5}, '{"n":22}'),
    body_case("number accepts decimal", {"$.n": rule(m("number"))}, {"n": 1}, '{"n":2.5}'),
    body_case("number rejects string", {"$.n": rule(m("number"))}, {"n": 1}, '{"n":"2.5"}'),
    body_case("type string vs number", {"$.n": rule(m("type"))}, {"n": "a"}, '{"n":1}'),
    body_case("type integer vs decimal", {"$.n": rule(m("type"))}, {"n": 1}, '{"n":1.5}'),
    body_case("min 2 with 1 item", {"$.l": rule(m("type", min=2))}, {"l": [1, 2]}, '{"l":[1]}'),
    body_case("min 1 with 3 items", {"$.l": rule(m("type", min=1))}, {"l": [1]}, '{"l":[1,2,3]}'),
    body_case("max 2 with 3 items", {"$.l": rule(m("type", max=2))}, {"l": [1]}, '{"l":[1,2,3]}'),
    body_case("min by example item type", {"$.l": rule(m("type", min=1))}, {"l": [1]}, '{"l":[1,"x"]}'),
    body_case("regex whole value middle", {"$.s": rule(m("regex", regex="\\d+"))}, {"s": "1"}, '{"s":"abc123def"}'),
    body_case("regex whole value prefix", {"$.s": rule(m("regex", regex="\\d+"))}, {"s": "1"}, '{"s":"123abc"}'),
    body_case("regex ok", {"$.s": rule(m("regex", regex="\\d+"))}, {"s": "1"}, '{"s":"123"}'),
    body_case("regex on number", {"$.s": rule(m("regex", regex="\\d+"))}, {"s": 1}, '{"s":123}'),
    body_case("include ok", {"$.s": rule(m("include", value="ell"))}, {"s": "hello"}, '{"s":"yellow"}'),
    body_case("include fails", {"$.s": rule(m("include", value="ell"))}, {"s": "hello"}, '{"s":"world"}'),
    body_case("null ok", {"$.s": rule(m("null"))}, {"s": None}, '{"s":null}'),
    body_case("null fails", {"$.s": rule(m("null"))}, {"s": None}, '{"s":0}'),
    body_case("boolean true", {"$.b": rule(m("boolean"))}, {"b": True}, '{"b":false}'),
    body_case("boolean string true", {"$.b": rule(m("boolean"))}, {"b": True}, '{"b":"true"}'),
    body_case("boolean string yes", {"$.b": rule(m("boolean"))}, {"b": True}, '{"b":"yes"}'),
    body_case("date ok", {"$.d": rule(m("date", format="yyyy-MM-dd"))}, {"d": "2020-01-01"}, '{"d":"2023-02-28"}'),
    body_case("date 30 Feb", {"$.d": rule(m("date", format="yyyy-MM-dd"))}, {"d": "2020-01-01"}, '{"d":"2023-02-30"}'),
    body_case("date wrong format", {"$.d": rule(m("date", format="yyyy-MM-dd"))}, {"d": "2020-01-01"}, '{"d":"01/02/2023"}'),
    body_case("time ok", {"$.t": rule(m("time", format="HH:mm:ss"))}, {"t": "10:00:00"}, '{"t":"23:59:59"}'),
    body_case("time 25h", {"$.t": rule(m("time", format="HH:mm:ss"))}, {"t": "10:00:00"}, '{"t":"25:00:00"}'),
    body_case("timestamp XXX offset", {"$.t": rule(m("datetime", format="yyyy-MM-dd'T'HH:mm:ssXXX"))}, {"t": "x"}, '{"t":"2023-05-01T10:00:00+10:00"}'),
    body_case("timestamp XXX Z", {"$.t": rule(m("datetime", format="yyyy-MM-dd'T'HH:mm:ssXXX"))}, {"t": "x"}, '{"t":"2023-05-01T10:00:00Z"}'),
    body_case("timestamp XXX missing zone", {"$.t": rule(m("datetime", format="yyyy-MM-dd'T'HH:mm:ssXXX"))}, {"t": "x"}, '{"t":"2023-05-01T10:00:00"}'),
    body_case("timestamp SSS", {"$.t": rule(m("timestamp", format="yyyy-MM-dd HH:mm:ss.SSS"))}, {"t": "x"}, '{"t":"2023-05-01 10:00:00.123"}'),
    body_case("values allows other keys", {"$.m": rule(m("values"))}, {"m": {"a": 1}}, '{"m":{"a":1,"b":1}}'),
    body_case("values checks each value", {"$.m": rule(m("values"))}, {"m": {"a": 1}}, '{"m":{"a":1,"b":2}}'),
    body_case("eachKey ok", {"$.m": rule(m("eachKey", rules=[m("regex", regex="[a-z]+")]))}, {"m": {"a": 1}}, '{"m":{"a":1,"bb":1}}'),
    body_case("eachKey fails", {"$.m": rule(m("eachKey", rules=[m("regex", regex="[a-z]+")]))}, {"m": {"a": 1}}, '{"m":{"a":1,"B1":1}}'),
    body_case("eachValue ok", {"$.m": rule(m("eachValue", rules=[m("type")]))}, {"m": {"a": 1}}, '{"m":{"x":5,"y":6}}'),
    body_case("eachValue fails", {"$.m": rule(m("eachValue", rules=[m("type")]))}, {"m": {"a": 1}}, '{"m":{"x":5,"y":"six"}}'),
    body_case("eachValue list regex", {"$.l": rule(m("eachValue", rules=[m("regex", regex="\\d+")]))}, {"l": ["1"]}, '{"l":["2","x"]}'),
    body_case("arrayContains found", {"$.l": rule(m("arrayContains", variants=[{"index": 0, "rules": {"$.id": rule(m("integer"))}}]))}, {"l": [{"id": 1}]}, '{"l":[{"id":"x"},{"id":5}]}'),
    body_case("arrayContains not found", {"$.l": rule(m("arrayContains", variants=[{"index": 0, "rules": {"$.id": rule(m("integer"))}}]))}, {"l": [{"id": 1}]}, '{"l":[{"id":"x"}]}'),
    body_case("notEmpty empty string", {"$.s": rule(m("notEmpty"))}, {"s": "x"}, '{"s":""}'),
    body_case("notEmpty value", {"$.s": rule(m("notEmpty"))}, {"s": "x"}, '{"s":"y"}'),
    body_case("notEmpty empty list", {"$.l": rule(m("notEmpty"))}, {"l": [1]}, '{"l":[]}'),
    body_case("semver ok", {"$.v": rule(m("semver"))}, {"v": "1.0.0"}, '{"v":"10.2.3-rc.1"}'),
    body_case("semver short", {"$.v": rule(m("semver"))}, {"v": "1.0.0"}, '{"v":"1.2"}'),
    body_case("equality resets type cascade", {"$": rule(m("type")), "$.id": rule(m("equality"))}, {"id": 1, "n": "a"}, '{"id":2,"n":"b"}'),
    body_case("combine OR", {"$.v": rule(m("integer"), m("regex", regex="[a-z]+"), combine="OR")}, {"v": 1}, '{"v":"abc"}'),
    body_case("combine AND", {"$.v": rule(m("integer"), m("regex", regex="[a-z]+"))}, {"v": 1}, '{"v":"abc"}'),
    body_case("index beats star", {"$.a[*].b": rule(m("type")), "$.a[1].b": rule(m("regex", regex="x+"))}, {"a": [{"b": "q"}, {"b": "q"}]}, '{"a":[{"b":"zz"},{"b":"zz"}]}'),
    body_case("star applies", {"$.a[*].b": rule(m("type"))}, {"a": [{"b": "q"}]}, '{"a":[{"b":"zz"},{"b":"yy"}]}'),
    body_case("bracket key", {"$['a.b']": rule(m("type"))}, {"a.b": 1}, '{"a.b":99}'),
    body_case("request rejects unexpected key", None, {"a": 1}, '{"a":1,"b":2}'),
    body_case("request rejects unexpected null key", None, {"a": 1}, '{"a":1,"b":null}'),
    body_case("missing key", None, {"a": 1, "b": 2}, '{"a":1}'),
    body_case("list order", None, [1, 2], '[2,1]'),
    body_case("text regex", {"$": rule(m("regex", regex="Hello \\d+"))}, "Hello 1", 'Hello 42', ctype="text/plain"),
    body_case("text equality", None, "Hello", 'Hello!', ctype="text/plain"),
    body_case("xml attribute regex", {"$.a['@id']": rule(m("regex", regex="\\d+"))}, "<a id=\"1\"/>", '<a id="22"/>', ctype="application/xml"),
    body_case("xml unexpected child in request", None, "<a><b>x</b></a>", '<a><b>x</b><c/></a>', ctype="application/xml"),
    body_case("form value differs", None, "a=1&c=3", 'a=1&c=33', ctype="application/x-www-form-urlencoded"),
    body_case("form regex", {"$.a": rule(m("regex", regex="\\d+"))}, "a=1", 'a=99', ctype="application/x-www-form-urlencoded"),
    raw_case("query order free", {"method": "GET", "path": "/q", "query": {"a": ["1"], "b": ["2"]}},
             {"method": "GET", "path": "/q", "query": "b=2&a=1", "headers": [], "body": None}),
    raw_case("query repeated order", {"method": "GET", "path": "/q", "query": {"a": ["1", "2"]}},
             {"method": "GET", "path": "/q", "query": "a=2&a=1", "headers": [], "body": None}),
    raw_case("query unexpected", {"method": "GET", "path": "/q", "query": {"a": ["1"]}},
             {"method": "GET", "path": "/q", "query": "a=1&c=3", "headers": [], "body": None}),
    raw_case("query number coerced", {"method": "GET", "path": "/q", "query": {"n": ["1"]}, "matchingRules": {"query": {"n": rule(m("number"))}}},
             {"method": "GET", "path": "/q", "query": "n=3.5", "headers": [], "body": None}),
    raw_case("query integer rejects 3.5", {"method": "GET", "path": "/q", "query": {"n": ["1"]}, "matchingRules": {"query": {"n": rule(m("integer"))}}},
             {"method": "GET", "path": "/q", "query": "n=3.5", "headers": [], "body": None}),
    raw_case("query regex min", {"method": "GET", "path": "/q", "query": {"a": ["1"]}, "matchingRules": {"query": {"a": rule(m("regex", regex="\\d+"), m("type", min=2))}}},
             {"method": "GET", "path": "/q", "query": "a=11&a=22&a=33", "headers": [], "body": None}),
    raw_case("path regex", {"method": "GET", "path": "/users/1", "matchingRules": {"path": rule(m("regex", regex="/users/\\d+"))}},
             {"method": "GET", "path": "/users/77", "query": "", "headers": [], "body": None}),
    raw_case("path regex fails", {"method": "GET", "path": "/users/1", "matchingRules": {"path": rule(m("regex", regex="/users/\\d+"))}},
             {"method": "GET", "path": "/users/7x", "query": "", "headers": [], "body": None}),
    raw_case("header include", {"method": "GET", "path": "/h", "headers": {"X-Trace": ["abc"]}, "matchingRules": {"header": {"X-Trace": rule(m("include", value="abc"))}}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["X-Trace", "zzabczz"]], "body": None}),
    raw_case("header integer coerced", {"method": "GET", "path": "/h", "headers": {"X-Count": ["1"]}, "matchingRules": {"header": {"X-Count": rule(m("integer"))}}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["X-Count", "42"]], "body": None}),
    raw_case("header value case", {"method": "GET", "path": "/h", "headers": {"X-Test": ["a"]}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["X-Test", "A"]], "body": None}),
    raw_case("accept missing range", {"method": "GET", "path": "/h", "headers": {"Accept": ["application/json"]}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["Accept", "*/*"]], "body": None}),
    raw_case("accept with q params", {"method": "GET", "path": "/h", "headers": {"Accept": ["application/json"]}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["Accept", "application/json;q=0.9"]], "body": None}),
    raw_case("content type missing charset", {"method": "POST", "path": "/h", "headers": {"Content-Type": ["application/json;charset=UTF-8"]}},
             {"method": "POST", "path": "/h", "query": "", "headers": [["Content-Type", "application/json"]], "body": None}),
    raw_case("method case", {"method": "POST", "path": "/m"},
             {"method": "post", "path": "/m", "query": "", "headers": [], "body": None}),
    raw_case("binary contentType png", {"method": "POST", "path": "/b", "headers": {"Content-Type": ["application/octet-stream"]},
              "body": {"contentType": "application/octet-stream", "encoded": "base64", "content": base64.b64encode(b"xx").decode()},
              "matchingRules": {"body": {"$": rule(m("contentType", value="image/png"))}}},
             {"method": "POST", "path": "/b", "query": "", "headers": [["Content-Type", "application/octet-stream"]],
              "bodyBase64": base64.b64encode(b"\x89PNG\r\n\x1a\n0000000000").decode()}),
    raw_case("binary contentType pdf vs png", {"method": "POST", "path": "/b", "headers": {"Content-Type": ["application/octet-stream"]},
              "body": {"contentType": "application/octet-stream", "encoded": "base64", "content": base64.b64encode(b"xx").decode()},
              "matchingRules": {"body": {"$": rule(m("contentType", value="image/png"))}}},
             {"method": "POST", "path": "/b", "query": "", "headers": [["Content-Type", "application/octet-stream"]],
              "bodyBase64": base64.b64encode(b"%PDF-1.4 0000").decode()}),
    body_case("eachKey nested object", {"$.m": rule(m("eachKey", rules=[m("regex", regex="[a-z]+")]))}, {"m": {"a": {"x": 1}}}, '{"m":{"a":{"x":1},"b":{"x":2}}}'),
    body_case("eachValue nested objects", {"$.m": rule(m("eachValue", rules=[m("type")]))}, {"m": {"a": {"x": 1}}}, '{"m":{"p":{"x":5},"q":{"x":6}}}'),
    body_case("eachValue nested objects extra key", {"$.m": rule(m("eachValue", rules=[m("type")]))}, {"m": {"a": {"x": 1}}}, '{"m":{"p":{"x":5,"y":1}}}'),
    body_case("arrayContains nested regex", {"$.l": rule(m("arrayContains", variants=[{"index": 0, "rules": {"$.tags[*]": rule(m("regex", regex="[a-z]+"))}}]))}, {"l": [{"tags": ["a"]}]}, '{"l":[{"tags":["b","c"]}]}'),
    body_case("arrayContains two variants one missing", {"$.l": rule(m("arrayContains", variants=[{"index": 0, "rules": {"$.a": rule(m("type"))}}, {"index": 1, "rules": {"$.b": rule(m("type"))}}]))}, {"l": [{"a": 1}, {"b": 2}]}, '{"l":[{"a":5}]}'),
    body_case("min max on nested arrays", {"$.a": rule(m("type", min=1)), "$.a[*].b": rule(m("type", min=1, max=2))}, {"a": [{"b": [1]}]}, '{"a":[{"b":[1,2]},{"b":[1,2,3]}]}'),
    body_case("decimal rejects integral float text", {"$.n": rule(m("decimal"))}, {"n": 1.5}, '{"n":100}'),
    body_case("number big integer", {"$.n": rule(m("integer"))}, {"n": 1}, '{"n":12345678901234}'),
    body_case("integer exponent", {"$.n": rule(m("integer"))}, {"n": 1}, '{"n":1e3}'),
    body_case("type null vs string", {"$.n": rule(m("type"))}, {"n": "a"}, '{"n":null}'),
    body_case("missing key with type rule", {"$.n": rule(m("type"))}, {"n": "a", "o": 1}, '{"o":1}'),
    body_case("timestamp with zone name", {"$.t": rule(m("timestamp", format="EEE, dd MMM yyyy HH:mm:ss z"))}, {"t": "x"}, '{"t":"Mon, 01 May 2023 10:00:00 GMT"}'),
    body_case("timestamp Z pattern", {"$.t": rule(m("timestamp", format="yyyy-MM-dd'T'HH:mm:ssZ"))}, {"t": "x"}, '{"t":"2023-05-01T10:00:00+1000"}'),
    body_case("date leap day", {"$.d": rule(m("date", format="yyyy-MM-dd"))}, {"d": "2020-01-01"}, '{"d":"2024-02-29"}'),
    body_case("date leap day non leap", {"$.d": rule(m("date", format="yyyy-MM-dd"))}, {"d": "2020-01-01"}, '{"d":"2023-02-29"}'),
    body_case("time with millis", {"$.t": rule(m("time", format="HH:mm:ss.SSS"))}, {"t": "x"}, '{"t":"10:00:00.5"}'),
    body_case("include on number", {"$.n": rule(m("include", value="23"))}, {"n": 1}, '{"n":1234}'),
    body_case("regex on bool", {"$.b": rule(m("regex", regex="true|false"))}, {"b": True}, '{"b":false}'),
    body_case("null rule on missing key", {"$.n": rule(m("null"))}, {"n": None}, '{}'),
    body_case("notEmpty on object", {"$.o": rule(m("notEmpty"))}, {"o": {"a": 1}}, '{"o":{}}'),
    body_case("values on list", {"$.l": rule(m("values"))}, {"l": [1]}, '{"l":[1,1,1]}'),
    body_case("type on root list items", {"$": rule(m("type", min=1))}, [{"a": 1}], '[{"a":2},{"a":3}]'),
    body_case("type on root list wrong item", {"$": rule(m("type", min=1))}, [{"a": 1}], '[{"a":2},{"b":3}]'),
    body_case("empty list expected", None, {"l": []}, '{"l":[1]}'),
    body_case("empty map expected in request", None, {"m": {}}, '{"m":{"a":1}}'),
    body_case("content type mismatch", None, {"a": 1}, '<a/>', ctype="application/json"),
    body_case("xml namespace", None, "<a xmlns=\"urn:x\"><b>1</b></a>", '<a xmlns="urn:x"><b>1</b></a>', ctype="application/xml"),
    body_case("xml namespace differs", None, "<a xmlns=\"urn:x\"><b>1</b></a>", '<a xmlns="urn:y"><b>1</b></a>', ctype="application/xml"),
    body_case("xml repeated children type", {"$.a.b": rule(m("type"))}, "<a><b>1</b></a>", '<a><b>2</b><b>3</b></a>', ctype="application/xml"),
    body_case("xml attribute missing", None, "<a x=\"1\"/>", '<a/>', ctype="application/xml"),
    body_case("xml text regex via #text", {"$.a.b['#text']": rule(m("regex", regex="\\d+"))}, "<a><b>1</b></a>", '<a><b>22</b></a>', ctype="application/xml"),
    raw_case("header multi value order", {"method": "GET", "path": "/h", "headers": {"Accept": ["a, b"]}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["Accept", "b, a"]], "body": None}),
    raw_case("header custom comma spaces", {"method": "GET", "path": "/h", "headers": {"X-List": ["a, b"]}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["X-List", "a,b"]], "body": None}),
    raw_case("header regex case-insensitive name", {"method": "GET", "path": "/h", "headers": {"X-Test": ["1"]}, "matchingRules": {"header": {"x-test": rule(m("regex", regex="\\d+"))}}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["X-TEST", "123"]], "body": None}),
    raw_case("query missing value", {"method": "GET", "path": "/q", "query": {"a": ["1"]}},
             {"method": "GET", "path": "/q", "query": "a=", "headers": [], "body": None}),
    raw_case("query encoded", {"method": "GET", "path": "/q", "query": {"a": ["x y&z"]}},
             {"method": "GET", "path": "/q", "query": "a=x%20y%26z", "headers": [], "body": None}),
    raw_case("query eachValue", {"method": "GET", "path": "/q", "query": {"a": ["1"]}, "matchingRules": {"query": {"a": rule(m("eachValue", rules=[m("regex", regex="\\d+")]))}}},
             {"method": "GET", "path": "/q", "query": "a=5&a=x", "headers": [], "body": None}),
    raw_case("path trailing slash", {"method": "GET", "path": "/p"},
             {"method": "GET", "path": "/p/", "query": "", "headers": [], "body": None}),
    raw_case("multipart field", {"method": "POST", "path": "/mp", "headers": {"Content-Type": ["multipart/form-data; boundary=XX"]},
              "body": {"contentType": "multipart/form-data; boundary=XX", "encoded": False, "content": "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XX--\r\n"}},
             {"method": "POST", "path": "/mp", "query": "", "headers": [["Content-Type", "multipart/form-data; boundary=XX"]],
              "body": "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ntwo\r\n--XX--\r\n"}),
    raw_case("multipart same", {"method": "POST", "path": "/mp", "headers": {"Content-Type": ["multipart/form-data; boundary=XX"]},
              "body": {"contentType": "multipart/form-data; boundary=XX", "encoded": False, "content": "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XX--\r\n"}},
             {"method": "POST", "path": "/mp", "query": "", "headers": [["Content-Type", "multipart/form-data; boundary=XX"]],
              "body": "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XX--\r\n"}),

    body_case("json charset both", None, {"a": 1}, '{"a":1}', ctype="application/json; charset=utf-8"),
    raw_case("json expected charset actual none", {"method": "POST", "path": "/c", "headers": {"Content-Type": ["application/json;charset=utf-8"]},
              "body": {"contentType": "application/json;charset=utf-8", "encoded": False, "content": {"a": 1}}},
             {"method": "POST", "path": "/c", "query": "", "headers": [["Content-Type", "application/json"]], "body": '{"a":1}'}),
    raw_case("json actual charset expected none", {"method": "POST", "path": "/c", "headers": {"Content-Type": ["application/json"]},
              "body": {"contentType": "application/json", "encoded": False, "content": {"a": 1}}},
             {"method": "POST", "path": "/c", "query": "", "headers": [["Content-Type", "application/json; charset=UTF-8"]], "body": '{"a":1}'}),
    raw_case("vendor json", {"method": "POST", "path": "/c", "headers": {"Content-Type": ["application/vnd.api+json"]},
              "body": {"contentType": "application/vnd.api+json", "encoded": False, "content": {"a": 1}}},
             {"method": "POST", "path": "/c", "query": "", "headers": [["Content-Type", "application/vnd.api+json"]], "body": '{"a":2}'}),
    raw_case("vendor json vs json", {"method": "POST", "path": "/c", "headers": {"Content-Type": ["application/vnd.api+json"]},
              "body": {"contentType": "application/vnd.api+json", "encoded": False, "content": {"a": 1}}},
             {"method": "POST", "path": "/c", "query": "", "headers": [["Content-Type", "application/json"]], "body": '{"a":1}'}),
    body_case("combine OR on list min", {"$.l": rule(m("type", min=3), m("type", max=1), combine="OR")}, {"l": [1]}, '{"l":[1,2]}'),
    body_case("max on map", {"$.m": rule(m("type", max=1))}, {"m": {"a": 1}}, '{"m":{"a":1,"b":2}}'),
    body_case("text include", {"$": rule(m("include", value="World"))}, "Hello World", 'Hello World and more', ctype="text/plain"),
    body_case("text number rule", {"$": rule(m("number"))}, "1", '42.5', ctype="text/plain"),
    body_case("form repeated values", None, "a=1&a=2", 'a=1&a=2', ctype="application/x-www-form-urlencoded"),
    body_case("form missing param", None, "a=1&b=2", 'a=1', ctype="application/x-www-form-urlencoded"),
    body_case("form unexpected param", None, "a=1", 'a=1&b=2', ctype="application/x-www-form-urlencoded"),
    body_case("xml min children", {"$.a": rule(m("type", min=2))}, "<a><b>1</b></a>", '<a><b>1</b></a>', ctype="application/xml"),
    body_case("xml text differs", None, "<a>x</a>", '<a>y</a>', ctype="application/xml"),
    body_case("xml attribute type", {"$.a['@n']": rule(m("integer"))}, "<a n=\"1\"/>", '<a n="22"/>', ctype="application/xml"),
    body_case("xml attribute integer rejects", {"$.a['@n']": rule(m("integer"))}, "<a n=\"1\"/>", '<a n="2.5"/>', ctype="application/xml"),
    body_case("unicode key and value", None, {"ключ": "значение"}, '{"ключ":"значение"}'),
    body_case("nested null rule cascade", {"$.o": rule(m("type"))}, {"o": {"a": None}}, '{"o":{"a":null}}'),
    body_case("boolean rule on number", {"$.b": rule(m("boolean"))}, {"b": True}, '{"b":1}'),
    body_case("regex unicode", {"$.s": rule(m("regex", regex="\\w+"))}, {"s": "a"}, '{"s":"héllo"}'),
    body_case("equality on object", {"$.o": rule(m("equality"))}, {"o": {"a": 1}}, '{"o":{"a":1}}'),
    body_case("equality on object differs", {"$.o": rule(m("equality"))}, {"o": {"a": 1}}, '{"o":{"a":2}}'),
    body_case("integer rule on object", {"$.o": rule(m("integer"))}, {"o": {"a": 1}}, '{"o":{"a":1}}'),
    raw_case("header Date single value", {"method": "GET", "path": "/h", "headers": {"Date": ["Mon, 01 May 2023 10:00:00 GMT"]}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["Date", "Mon, 01 May 2023 10:00:00 GMT"]], "body": None}),
    raw_case("header repeated values", {"method": "GET", "path": "/h", "headers": {"X-A": ["1", "2"]}},
             {"method": "GET", "path": "/h", "query": "", "headers": [["X-A", "1"], ["X-A", "2"]], "body": None}),
    raw_case("query flag no value", {"method": "GET", "path": "/q", "query": {"flag": [""]}},
             {"method": "GET", "path": "/q", "query": "flag", "headers": [], "body": None}),
    raw_case("empty body expected none given", {"method": "POST", "path": "/e", "body": {"content": ""}},
             {"method": "POST", "path": "/e", "query": "", "headers": [], "body": None}),
    raw_case("body expected none sent", {"method": "POST", "path": "/e", "headers": {"Content-Type": ["application/json"]},
              "body": {"contentType": "application/json", "encoded": False, "content": {"a": 1}}},
             {"method": "POST", "path": "/e", "query": "", "headers": [["Content-Type", "application/json"]], "body": None}),
    raw_case("no body expected, body sent", {"method": "POST", "path": "/e"},
             {"method": "POST", "path": "/e", "query": "", "headers": [["Content-Type", "application/json"]], "body": '{"a":1}'}),
]

def pact_for(expected):
    return {"consumer": {"name": "c"}, "provider": {"name": "p"},
            "interactions": [{"type": "Synchronous/HTTP", "description": "d", "request": expected, "response": {"status": 200}}],
            "metadata": {"pactSpecification": {"version": "4.0"}}}

def send(port, actual):
    body = base64.b64decode(actual["bodyBase64"]) if "bodyBase64" in actual else (actual.get("body") or "").encode()
    target = actual["path"] + ("?" + actual["query"] if actual.get("query") else "")
    lines = ["%s %s HTTP/1.1" % (actual["method"], target), "Host: 127.0.0.1:%d" % port, "Connection: close",
             "Content-Length: %d" % len(body)] + ["%s: %s" % (k, v) for k, v in actual.get("headers", [])]
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    data = s.recv(100)
    s.close()
    return data.split(b" ")[1] == b"200"

def record(master):
    out = []
    for c in CASES:
        req = urllib.request.Request("http://127.0.0.1:%d/" % master, data=json.dumps(pact_for(c["expected"])).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
        ms = json.loads(urllib.request.urlopen(req).read())["mockServer"]
        verdict = send(ms["port"], c["actual"])
        urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:%d/mockserver/%s" % (master, ms["id"]), method="DELETE"))
        out.append(dict(c, reference=verdict))
        print(("MATCH    " if verdict else "MISMATCH ") + c["name"])
    return out


# Responses: verified with the reference verifier against a tiny provider serving the actual responses.
def resp(name, expected, status=200, headers=None, body=None):
    return {"name": name, "expected": expected,
            "actual": {"status": status, "headers": headers or [], "body": body}}

def jresp(rules, content, status=200, headers=None):
    r = {"status": status, "headers": {"Content-Type": ["application/json"]},
         "body": {"contentType": "application/json", "encoded": False, "content": content}}
    if headers:
        r["headers"].update(headers)
    if rules:
        r["matchingRules"] = rules
    return r

JSON = [["Content-Type", "application/json"]]

RESPONSES = [
    resp("unexpected key allowed", jresp(None, {"a": 1}), body='{"a":1,"b":2}', headers=JSON),
    resp("unexpected null key allowed", jresp(None, {"a": 1}), body='{"a":1,"b":null}', headers=JSON),
    resp("missing key", jresp(None, {"a": 1, "b": 2}), body='{"a":1}', headers=JSON),
    resp("value differs", jresp(None, {"a": "Bob"}), body='{"a":"Fred"}', headers=JSON),
    resp("type mismatch wording", jresp({"body": {"$.a": rule(m("type"))}}, {"a": "Bob"}), body='{"a":42}', headers=JSON),
    resp("integer rejects 1.0", jresp({"body": {"$.n": rule(m("integer"))}}, {"n": 1}), body='{"n":1.0}', headers=JSON),
    resp("decimal accepts 22.0", jresp({"body": {"$.n": rule(m("decimal"))}}, {"n": 1.5}), body='{"n":22.0}', headers=JSON),
    resp("regex fails", jresp({"body": {"$.e": rule(m("regex", regex="^[^@\\s]+@[^@\\s]+\\.[a-z]+$"))}}, {"e": "a@b.cd"}), body='{"e":"not-an-email"}', headers=JSON),
    resp("status differs", jresp(None, {"a": 1}, status=201), status=200, body='{"a":1}', headers=JSON),
    resp("status code rule ok", dict(jresp(None, {"a": 1}), matchingRules={"status": rule(m("statusCode", status="success"))}), status=201, body='{"a":1}', headers=JSON),
    resp("status code rule fails", dict(jresp(None, {"a": 1}), matchingRules={"status": rule(m("statusCode", status="success"))}), status=400, body='{"a":1}', headers=JSON),
    resp("status code list", dict(jresp(None, {"a": 1}), matchingRules={"status": rule(m("statusCode", status=[200, 202]))}), status=202, body='{"a":1}', headers=JSON),
    resp("header value differs", jresp(None, {"a": 1}, headers={"X-V": ["1"]}), body='{"a":1}', headers=JSON + [["X-V", "2"]]),
    resp("header missing", jresp(None, {"a": 1}, headers={"X-V": ["1"]}), body='{"a":1}', headers=JSON),
    resp("header regex", dict(jresp(None, {"a": 1}, headers={"X-V": ["1"]}), matchingRules={"header": {"X-V": rule(m("regex", regex="\\d+"))}}), body='{"a":1}', headers=JSON + [["X-V", "123"]]),
    resp("content type charset param", jresp(None, {"a": 1}, headers={"Content-Type": ["application/json;charset=UTF-8"]}), body='{"a":1}', headers=[["Content-Type", "application/json"]]),
    resp("min items", jresp({"body": {"$.l": rule(m("type", min=2))}}, {"l": [1, 2]}), body='{"l":[1]}', headers=JSON),
    resp("max items", jresp({"body": {"$.l": rule(m("type", max=1))}}, {"l": [1]}), body='{"l":[1,2]}', headers=JSON),
    resp("eachValue", jresp({"body": {"$.m": rule(m("eachValue", rules=[m("type")]))}}, {"m": {"a": 1}}), body='{"m":{"x":2,"y":"z"}}', headers=JSON),
    resp("eachKey", jresp({"body": {"$.m": rule(m("eachKey", rules=[m("regex", regex="[a-z]+")]))}}, {"m": {"a": 1}}), body='{"m":{"x":2,"Y1":3}}', headers=JSON),
    resp("arrayContains", jresp({"body": {"$.l": rule(m("arrayContains", variants=[{"index": 0, "rules": {"$.id": rule(m("integer"))}}]))}}, {"l": [{"id": 1}]}), body='{"l":[{"id":"a"}]}', headers=JSON),
    resp("notEmpty", jresp({"body": {"$.s": rule(m("notEmpty"))}}, {"s": "x"}), body='{"s":""}', headers=JSON),
    resp("null vs missing", jresp(None, {"a": None}), body='{}', headers=JSON),
    resp("body type mismatch", jresp(None, {"a": 1}), body='<a/>', headers=[["Content-Type", "application/xml"]]),
    resp("text differs", {"status": 200, "headers": {"Content-Type": ["text/plain"]}, "body": {"contentType": "text/plain", "encoded": False, "content": "Hello World!"}},
         body="Hello Mars!", headers=[["Content-Type", "text/plain"]]),
    resp("xml unexpected child allowed", {"status": 200, "headers": {"Content-Type": ["application/xml"]}, "body": {"contentType": "application/xml", "encoded": False, "content": "<a><b>x</b></a>"}},
         body="<a><b>x</b><c/></a>", headers=[["Content-Type", "application/xml"]]),
    resp("xml missing child", {"status": 200, "headers": {"Content-Type": ["application/xml"]}, "body": {"contentType": "application/xml", "encoded": False, "content": "<a><b>x</b><c/></a>"}},
         body="<a><b>x</b></a>", headers=[["Content-Type", "application/xml"]]),
    resp("list length", jresp(None, {"l": [1]}), body='{"l":[1,2]}', headers=JSON),
    resp("empty list expected", jresp(None, {"l": []}), body='{"l":[1]}', headers=JSON),
    resp("semver", jresp({"body": {"$.v": rule(m("semver"))}}, {"v": "1.0.0"}), body='{"v":"1.0"}', headers=JSON),
    resp("date", jresp({"body": {"$.d": rule(m("date", format="yyyy-MM-dd"))}}, {"d": "2020-01-01"}), body='{"d":"23/07/19"}', headers=JSON),
]

def verify_responses(pact_bin):
    import http.server, os, subprocess, tempfile, threading
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            a = RESPONSES[int(self.path.rsplit("/", 1)[1])]["actual"]
            body = (a["body"] or "").encode()
            self.send_response(a["status"])
            for k, v in a["headers"]:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def log_message(self, *args):
            pass
    srv = http.server.HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    interactions = [{"type": "Synchronous/HTTP", "description": "case %d" % i,
                     "request": {"method": "GET", "path": "/case/%d" % i}, "response": c["expected"]} for i, c in enumerate(RESPONSES)]
    with tempfile.TemporaryDirectory() as d:
        pact = {"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": interactions,
                "metadata": {"pactSpecification": {"version": "4.0"}}}
        json.dump(pact, open(d + "/pact.json", "w"))
        subprocess.run([pact_bin, "verifier", "-f", d + "/pact.json", "-h", "127.0.0.1", "-p", str(srv.server_address[1]),
                        "-j", d + "/out.json"], capture_output=True, env=dict(os.environ, PACT_DO_NOT_TRACK="true"))
        report = json.load(open(d + "/out.json"))
    srv.shutdown()
    ok = {r["description"]: r["result"] == "OK" for r in report["interactionResults"]}
    sentences = {}
    for e in report["errors"]:
        n = e["interaction"].rsplit(" - ", 1)[1]
        sentences[n] = [x.get("mismatch", "") for x in e["mismatch"].get("mismatches", [])]
    out = []
    for i, c in enumerate(RESPONSES):
        out.append(dict(c, reference=ok["case %d" % i], referenceMismatches=sentences.get("case %d" % i, [])))
        print(("MATCH    " if ok["case %d" % i] else "MISMATCH ") + c["name"])
    return out


# Messages: verified with the reference verifier; the provider answers POST / with the contents.
def msg(name, contents, actual_body, rules=None, metadata=None, actual_metadata=None, ctype="application/json"):
    e = {"contents": {"contentType": ctype, "encoded": False, "content": contents}, "metadata": metadata or {}}
    if rules:
        e["matchingRules"] = rules
    return {"name": name, "expected": e, "actual": {"contentType": ctype, "body": actual_body, "metadata": actual_metadata or {}}}

MESSAGES = [
    msg("message matches", {"a": 1}, '{"a":1}'),
    msg("message unexpected key allowed", {"a": 1}, '{"a":1,"b":2}'),
    msg("message value differs", {"a": 1}, '{"a":2}'),
    msg("message content rule", {"a": 1}, '{"a":99}', rules={"content": {"$.a": rule(m("integer"))}}),
    msg("message content rule fails", {"a": 1}, '{"a":"x"}', rules={"content": {"$.a": rule(m("integer"))}}),
    msg("message metadata equal", {"a": 1}, '{"a":1}', metadata={"topic": "users"}, actual_metadata={"topic": "users"}),
    msg("message metadata differs", {"a": 1}, '{"a":1}', metadata={"topic": "users"}, actual_metadata={"topic": "accounts"}),
    msg("message metadata missing", {"a": 1}, '{"a":1}', metadata={"topic": "users"}),
    msg("message metadata regex", {"a": 1}, '{"a":1}', metadata={"topic": "users"}, actual_metadata={"topic": "users-2"},
        rules={"metadata": {"topic": rule(m("regex", regex="users(-\\d+)?"))}}),
    msg("message text contents", "hello", 'hello', ctype="text/plain"),
    msg("message text differs", "hello", 'bye', ctype="text/plain"),
]

def verify_messages(pact_bin):
    import http.server, os, subprocess, tempfile, threading
    class H(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            req = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            a = MESSAGES[int(req["description"].rsplit(" ", 1)[1])]["actual"]
            body = a["body"].encode()
            self.send_response(200)
            self.send_header("Content-Type", a["contentType"])
            if a["metadata"]:
                self.send_header("Pact-Message-Metadata", base64.b64encode(json.dumps(a["metadata"]).encode()).decode())
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def log_message(self, *args):
            pass
    srv = http.server.HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    interactions = [dict({"type": "Asynchronous/Messages", "description": "case %d" % i}, **c["expected"]) for i, c in enumerate(MESSAGES)]
    with tempfile.TemporaryDirectory() as d:
        pact = {"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": interactions,
                "metadata": {"pactSpecification": {"version": "4.0"}}}
        json.dump(pact, open(d + "/pact.json", "w"))
        subprocess.run([pact_bin, "verifier", "-f", d + "/pact.json", "-h", "127.0.0.1", "-p", str(srv.server_address[1]),
                        "-j", d + "/out.json"], capture_output=True, env=dict(os.environ, PACT_DO_NOT_TRACK="true"))
        report = json.load(open(d + "/out.json"))
    srv.shutdown()
    ok = {r["description"]: r["result"] == "OK" for r in report["interactionResults"]}
    out = []
    for i, c in enumerate(MESSAGES):
        out.append(dict(c, reference=ok["case %d" % i]))
        print(("MATCH    " if ok["case %d" % i] else "MISMATCH ") + c["name"])
    return out

if __name__ == "__main__":
    cases = record(int(sys.argv[1]))
    pact_bin = sys.argv[2] if len(sys.argv) > 2 else os.path.expanduser("~/.cache/pact-oracles/pact")
    responses = verify_responses(pact_bin)
    messages = verify_messages(pact_bin)
    with open(__file__.replace("agreement_cases.py", "agreement.json"), "w") as f:
        json.dump({"recordedWith": "pact CLI 18.1.2 (mock server 2.0.0, verifier 1.3.5, models 1.3.15)", "cases": cases,
                   "responses": responses, "messages": messages}, f, indent=1)
