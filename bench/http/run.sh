#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/http/run.sh [BUILD_DIR]
# Same wrk command (wrk -t2 -c32 -d10s --latency) against, in turn: bench-http-server (our
# HttpServer on the main thread), bench-http-server --thread (on HttpServerThread) and nginx
# serving the same body as a static file. Everything binds 127.0.0.1 only; every process the
# script starts is stopped on exit. Prints req/s, p99 latency and peak RSS (VmHWM).
set -euo pipefail
source "$(cd "$(dirname "$0")/.." && pwd)/lib.sh"

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-http}
duration=${DURATION:-10s}

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  # Debian would start the packaged nginx on port 80 of every interface: forbid service starts
  # during the install (policy-rc.d exit 101), we only ever run a private one on loopback.
  own_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    own_policy=1
  fi
  apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }
  apt_install || { $SUDO apt-get update -qq && apt_install; }
  [ -n "$own_policy" ] && $SUDO rm -f /usr/sbin/policy-rc.d
  if pgrep -x nginx >/dev/null && [ -f /run/nginx.pid ]; then
    echo "stopping the packaged nginx that the install started" >&2
    $SUDO kill "$(cat /run/nginx.pid)" || true
  fi
fi

if ! { cmake -S "$root" -B "$build" -DPACTBENCH_BUILD_BENCH=ON && cmake --build "$build" --target bench-http-server; } >"$build/bench-build.log" 2>&1; then
  echo "warning: building bench-http-server failed (see $build/bench-build.log); using the existing binary" >&2
fi
server_bin=$(find "$build" -name bench-http-server -type f -perm -u+x | head -n1)
[ -n "$server_bin" ] || { echo "no bench-http-server in $build" >&2; exit 1; }

tmp=$(mktemp -d)
chmod 755 "$tmp" # nginx workers run as an unprivileged user and must read the body
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

printf '%s\n' '{"id":42,"name":"Mary","email":"mary@example.com","roles":["admin","user"],"active":true,"created":"2024-01-01T00:00:00Z"}' >"$tmp/body.json"


wait_ready() { # url
  for _ in $(seq 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.05; done
  echo "server at $1 did not come up" >&2; return 1
}

peak_rss_kb() { # pids...: sum of VmHWM
  local sum=0
  for p in "$@"; do sum=$((sum + $(awk '/VmHWM/ {print $2}' "/proc/$p/status"))); done
  echo "$sum"
}

measure() { # name url pids...
  local name=$1 url=$2; shift 2
  wait_ready "$url"
  wrk -t2 -c32 -d1s "$url" >/dev/null # warm-up
  local out; out=$(wrk -t2 -c32 -d"$duration" --latency "$url")
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%-34s %12s req/s   p99 %8s   peak RSS %6d KiB %s\n' "$name" "$rps" "$p99" "$(peak_rss_kb "$@")" "$errors"
}

echo "wrk -t2 -c32 -d$duration --latency (loopback, $(nproc) cores shared with wrk; body $(wc -c <"$tmp/body.json") bytes)"

port=$(free_port)
"$server_bin" "$port" "$tmp/body.json" >"$tmp/ours.out" 2>&1 &
pids+=($!)
measure "pactbench HttpServer (main thread)" "http://127.0.0.1:$port/" "${pids[-1]}"
kill "${pids[-1]}"

port=$(free_port)
"$server_bin" "$port" "$tmp/body.json" --thread >"$tmp/ours-thread.out" 2>&1 &
pids+=($!)
measure "pactbench HttpServerThread" "http://127.0.0.1:$port/" "${pids[-1]}"
kill "${pids[-1]}"

port=$(free_port)
start_nginx "$tmp/nginx" "$port" "$tmp/body.json" "${NGINX_WORKERS:-1}" &
pids+=($!)
wait_ready "http://127.0.0.1:$port/"
measure "nginx ${NGINX_WORKERS:-1} worker(s), static file" "http://127.0.0.1:$port/" "${pids[-1]}" $(pgrep -P "${pids[-1]}")
