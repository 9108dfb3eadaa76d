#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/uimock/run.sh [BUILD_DIR] [bench-ui-mock options…]
# Builds nothing: runs bench-ui-mock from BUILD_DIR (configure with -DPACTBENCH_BUILD_BENCH=ON and
# build the bench-ui-mock target first) offscreen, RUNS times (default 3), and prints each run's
# figures: the longest GUI-thread stall while a client thread floods the panel's mock server at
# --rate requests/s (default 10000) for --seconds (default 5), requests/s achieved, rows shown.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
shift || true
bin=$(find "$build" -name bench-ui-mock -type f -perm -u+x | head -n1)
[ -n "$bin" ] || { echo "no bench-ui-mock in $build (cmake -DPACTBENCH_BUILD_BENCH=ON, then build target bench-ui-mock)" >&2; exit 1; }
runs=${RUNS:-3}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for i in $(seq 1 "$runs"); do
  echo "--- run $i: $bin $*"
  QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)} "$bin" "$@" 2> >(grep -v propagateSizeHints >&2) || status=1
done
exit $status
