#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/mockserver/run.sh [BUILD_DIR]
# One run, one generated pact (N GET interactions with response body rules, default N=50), one wrk
# command (wrk -t2 -c32 -d10s --latency -H 'Accept: application/json' on loopback) against, in turn:
#   1. bench-mock-server (our MockServer on HttpServerThread, journal on)
#   2. pactbench-cli mock (the same, plus one printed line per request, stdout to /dev/null)
#   3. the reference `pact mock` server (../shared/oracles/install), master + created mock server
#   4. nginx (1 worker unless NGINX_WORKERS) serving the requested interaction's body as a static file
# then our server again on pacts of 2 and 500 interactions (cost must not grow with N).
# Prints req/s, p99, peak RSS (VmHWM) and for ours the RSS after the warm-up vs at the end (flat memory).
# Everything binds 127.0.0.1 only; every process started here is stopped on exit.
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/lib.sh"

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-mock}
duration=${DURATION:-10s}
n=${INTERACTIONS:-50}
shared=${PACTBENCH_SHARED_DIR:-$root/../shared}
wrk_cmd=(wrk -t2 -c32 -d"$duration" --latency -H 'Accept: application/json')

command -v wrk >/dev/null && [ -x /usr/sbin/nginx ] || { echo "needs wrk and nginx: run bench/http/run.sh once (it installs them)" >&2; exit 1; }

if ! { cmake -S "$root" -B "$build" -DPACTBENCH_BUILD_BENCH=ON && cmake --build "$build" --target bench-mock-server pactbench-cli; } >"$build/bench-mock-build.log" 2>&1; then
  echo "warning: build failed (see $build/bench-mock-build.log); using existing binaries" >&2
fi
server_bin=$(find "$build" -name bench-mock-server -type f -perm -u+x | head -n1)
cli_bin=$(find "$build" -name pactbench-cli -type f -perm -u+x | head -n1)
[ -n "$server_bin" ] && [ -n "$cli_bin" ] || { echo "no bench-mock-server/pactbench-cli in $build" >&2; exit 1; }

tmp=$(mktemp -d)
chmod 755 "$tmp"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

wait_ready() { for _ in $(seq 200); do curl -s -o /dev/null -H 'Accept: application/json' "$1" && return 0; sleep 0.05; done; echo "no server at $1" >&2; return 1; }
rss_kb() { local sum=0; for p in "$@"; do sum=$((sum + $(awk -v k="$RSS_KEY" '$1 == k":" {print $2}' "/proc/$p/status"))); done; echo "$sum"; }

measure() { # name url pids...
  local name=$1 url=$2; shift 2
  wait_ready "$url"
  "${wrk_cmd[@]/-d$duration/-d2s}" "$url" >/dev/null # warm-up (2 s)
  local warm; warm=$(RSS_KEY=VmRSS rss_kb "$@")
  local out; out=$("${wrk_cmd[@]}" "$url")
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%-40s %10s req/s  p99 %8s  peak RSS %7d KiB  (RSS %d KiB after warm-up, %d KiB at end) %s\n' \
    "$name" "$rps" "$p99" "$(RSS_KEY=VmHWM rss_kb "$@")" "$warm" "$(RSS_KEY=VmRSS rss_kb "$@")" "$errors"
}

run_ours() { # label pact
  local port; port=$(free_port)
  "$server_bin" "$port" "$2" >"$tmp/ours.out" 2>&1 &
  pids+=($!)
  measure "$1" "http://127.0.0.1:$port/items/$3" "${pids[-1]}"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
  tail -n1 "$tmp/ours.out" | sed 's/^/    journal: /'
}

python3 "$here/genpact.py" "$n" "$tmp/pact.json" "$tmp/body.json"
mid=$((n / 2))
echo "${wrk_cmd[*]} http://127.0.0.1:PORT/items/$mid  ($(nproc) cores shared with wrk; $n interactions; body $(wc -c <"$tmp/body.json") bytes)"

run_ours "pactbench MockServer ($n interactions)" "$tmp/pact.json" "$mid"

port=$(free_port)
"$cli_bin" mock "$tmp/pact.json" --port "$port" >/dev/null 2>&1 &
pids+=($!)
measure "pactbench-cli mock ($n, lines to /dev/null)" "http://127.0.0.1:$port/items/$mid" "${pids[-1]}"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

if [ "${SKIP_REFERENCE:-0}" != 1 ] && dir=$("$shared/oracles/install" 2>/dev/null); then
  master=$(free_port)
  (cd "$tmp" && PACT_DO_NOT_TRACK=true exec "$dir/pact" mock start --host 127.0.0.1 --port "$master" >"$tmp/ref.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$master/" && break; sleep 0.1; done
  mport=$(cd "$tmp" && PACT_DO_NOT_TRACK=true "$dir/pact" mock create --host 127.0.0.1 --port "$master" -f "$tmp/pact.json" 2>&1 | grep -o 'port [0-9]*' | cut -d' ' -f2)
  ref_pid=$(pgrep -f "pact mock start --host 127.0.0.1 --port $master" | head -n1)
  [ -n "$ref_pid" ] || ref_pid=${pids[-1]}
  measure "reference pact mock ($n interactions)" "http://127.0.0.1:$mport/items/$mid" $(pgrep -f -- "--port $master" | tr '\n' ' ')
  kill $(pgrep -f -- "--port $master") 2>/dev/null || true
else
  echo "reference pact mock: skipped (SKIP_REFERENCE=1 or oracles/install failed)"
fi

port=$(free_port)
start_nginx "$tmp/nginx" "$port" "$tmp/body.json" "${NGINX_WORKERS:-1}" &
pids+=($!)
sleep 0.3
measure "nginx ${NGINX_WORKERS:-1} worker(s), static file" "http://127.0.0.1:$port/items/$mid" "${pids[-1]}" $(pgrep -P "${pids[-1]}")
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

for other in 2 500; do
  python3 "$here/genpact.py" "$other" "$tmp/pact-$other.json" "$tmp/body-$other.json"
  run_ours "pactbench MockServer ($other interactions)" "$tmp/pact-$other.json" "$((other / 2))"
done
