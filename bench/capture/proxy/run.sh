#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/capture/proxy/run.sh [BUILD_DIR]
# The latency the recording proxy adds. One provider (pactbench-captureprovider, GET /orders/7: a
# 287-byte JSON order) and one RecordingProxy in front of it (bench-capture-proxy), both on
# 127.0.0.1. loadgen.py (wrk2 is not packaged for Debian 12) sends a fixed RATE (1000) req/s on
# CONNECTIONS (16) keep-alive connections for DURATION (10) seconds after a 2 s warm-up, ROUNDS (3)
# times in turn: to the provider directly, then through the proxy. Prints p50/p99/max of each run,
# the p99 the proxy adds (median of the rounds), and the CPU time the proxy and the provider spent per
# request (less noisy than latency on a loaded machine). Every process started here is stopped on exit.
set -euo pipefail
source "$(cd "$(dirname "$0")/../.." && pwd)/lib.sh"

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build-rec}
rate=${RATE:-1000}
connections=${CONNECTIONS:-16}
duration=${DURATION:-10}
rounds=${ROUNDS:-3}
path=${BENCH_PATH:-/orders/7}

mkdir -p "$build"
if ! { cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPACTBENCH_BUILD_BENCH=ON \
       && cmake --build "$build" --target pactbench-captureprovider bench-capture-proxy -j2; } >"$build/bench-proxy-build.log" 2>&1; then
  echo "warning: build failed (see $build/bench-proxy-build.log); using existing binaries" >&2
fi
provider_bin=$(find "$build" -name pactbench-captureprovider -type f -perm -u+x | head -n1)
proxy_bin=$(find "$build" -name bench-capture-proxy -type f -perm -u+x | head -n1)
[ -n "$provider_bin" ] && [ -n "$proxy_bin" ] || { echo "no pactbench-captureprovider/bench-capture-proxy in $build" >&2; exit 1; }

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

# start NAME COMMAND…: runs it in the background; sets `url` to the first line it prints.
start() {
  local name=$1; shift
  "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  pids+=($!)
  for _ in $(seq 200); do
    if [ -s "$tmp/$name.out" ]; then url=$(head -n1 "$tmp/$name.out"); return 0; fi
    sleep 0.05
  done
  echo "$name did not start: $(cat "$tmp/$name.err")" >&2
  return 1
}

start provider "$provider_bin"; provider=$url
start proxy "$proxy_bin" "$provider"; proxy=$url
curl -sf -o /dev/null "$proxy$path" || { echo "no answer through the proxy at $proxy$path" >&2; exit 1; }

load=(python3 "$here/loadgen.py" --rate "$rate" --connections "$connections" --duration "$duration" --warmup 2)
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
echo "loadgen.py: $rate req/s on $connections keep-alive connections, ${duration} s per run, $rounds rounds; GET $path"
echo "($(nproc) cores shared by provider, proxy and load generator; load average $(cut -d' ' -f1-3 /proc/loadavg))"
added=()
for round in $(seq "$rounds"); do
  direct=$("${load[@]}" "$provider$path" | tail -n1)
  proxied=$("${load[@]}" "$proxy$path" | tail -n1)
  for run in direct proxied; do
    line=${!run}
    printf 'round %d %-8s %5s req/s  p50 %7s ms  p99 %7s ms  max %8s ms  (from due time: p99 %7s ms)  errors %s\n' \
      "$round" "$run" "$(field rps "$line")" "$(field p50 "$line")" "$(field p99 "$line")" "$(field max "$line")" \
      "$(field due_p99 "$line")" "$(field errors "$line")"
  done
  added+=("$(python3 -c "print(f'{$(field p99 "$proxied") - $(field p99 "$direct"):.3f}')")")
done
median=$(printf '%s\n' "${added[@]}" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
echo "added p99 (proxy - direct) per round: ${added[*]} ms; median $median ms"
cpu_ms() { awk '{printf "%.0f", ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"; }
proxy_ms=$(cpu_ms "${pids[1]}"); provider_ms=$(cpu_ms "${pids[0]}")
kill "${pids[1]}"; wait "${pids[1]}" 2>/dev/null || true
count=$(sed -n 's/.*recorded \([0-9]*\) exchanges.*/\1/p' "$tmp/proxy.err")
if [ -n "$count" ] && [ "$count" -gt 0 ]; then
  echo "CPU per request: proxy $((proxy_ms * 1000 / count)) µs (${proxy_ms} ms for $count requests, recording included);" \
       "provider $((provider_ms * 1000 / (2 * count))) µs (${provider_ms} ms for about $((2 * count)), direct and proxied)"
fi
sed 's/^/    /' "$tmp/proxy.err"
