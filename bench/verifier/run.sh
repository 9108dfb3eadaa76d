#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/verifier/run.sh [BUILD_DIR] [INTERACTIONS]
# Verifies one generated pact (1000 HTTP interactions by default, JSON bodies with type, integer
# and regex rules) against nginx serving the same JSON on 127.0.0.1, with pactbench-cli verify and
# with the reference `pact verifier` (../shared/oracles/install), in one run, and prints the wall
# time of each (median of RUNS runs) and their ratio. Everything binds 127.0.0.1 and is stopped on exit.
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/lib.sh"

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
count=${2:-1000}
runs=${RUNS:-3}
export PACT_DO_NOT_TRACK=true

cli="$build/app/pactbench-cli"
[ -x "$cli" ] || { echo "no $cli: build first (scripts/build)" >&2; exit 1; }
oracle=$("$root/../shared/oracles/install" | tail -n 1)
[ -x /usr/sbin/nginx ] || { echo "nginx is needed: run bench/http/run.sh once, or apt-get install nginx-light" >&2; exit 1; }

tmp=$(mktemp -d)
chmod 755 "$tmp" # nginx workers (an unprivileged user) must reach the body
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

body='{"id":42,"name":"Mary","email":"mary@example.com","roles":["admin","user"],"active":true,"total":12.5}'
printf '%s' "$body" >"$tmp/body.json"
python3 - "$count" "$body" >"$tmp/pact.json" <<'PY'
import json, sys
count, body = int(sys.argv[1]), json.loads(sys.argv[2])
rules = {"$.id": {"matchers": [{"match": "integer"}]}, "$.name": {"matchers": [{"match": "type"}]},
         "$.email": {"matchers": [{"match": "regex", "regex": "[^@]+@[^@]+"}]},
         "$.roles": {"matchers": [{"match": "type", "min": 1}]}, "$.total": {"matchers": [{"match": "decimal"}]}}
interactions = [{"type": "Synchronous/HTTP", "description": f"get item {i}",
                 "request": {"method": "GET", "path": f"/items/{i}"},
                 "response": {"status": 200, "headers": {"Content-Type": ["application/json"]},
                              "body": {"content": body, "contentType": "application/json", "encoded": False},
                              "matchingRules": {"body": rules}}} for i in range(count)]
print(json.dumps({"consumer": {"name": "bench-web"}, "provider": {"name": "bench-items"},
                  "interactions": interactions, "metadata": {"pactSpecification": {"version": "4.0"}}}))
PY

port=$(free_port)
start_nginx "$tmp/nginx" "$port" "$tmp/body.json" &
pids+=($!)
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/items/1" && break; sleep 0.05; done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # command… → seconds; the verdict must be a pass (exit 0)
  local start end
  start=$(date +%s.%N)
  "$@" >"$tmp/out.txt" 2>&1 || { echo "failed: $*" >&2; tail -20 "$tmp/out.txt" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

ours=$(for _ in $(seq "$runs"); do timed "$cli" verify -f "$tmp/pact.json" -h 127.0.0.1 -p "$port"; done | median)
theirs=$(for _ in $(seq "$runs"); do timed "$oracle/pact" verifier -f "$tmp/pact.json" -h 127.0.0.1 -p "$port"; done | median)
printf 'verify %d interactions against nginx on loopback (median of %d runs)\n' "$count" "$runs"
printf '  pactbench-cli verify   %8.2f s\n' "$ours"
printf '  pact verifier          %8.2f s\n' "$theirs"
printf '  ratio                  %8.1fx faster\n' "$(echo "$theirs / $ours" | bc -l)"
