#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/uiverify/run.sh [BUILD_DIR] [INTERACTIONS]
# Runs bench-uiverify (offscreen) RUNS times (default 3): the Verification panel verifies a generated
# pact of INTERACTIONS (default 1000) against a provider on 127.0.0.1 in the same process but on its
# own thread, while a 1 ms timer on the GUI thread records the longest gap between its ticks.
# Set STATES=1 to add a provider-state call to every interaction, BODY_MB=5 for 5 MB bodies.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
count=${2:-1000}
runs=${RUNS:-3}
exe="$build/bench/uiverify/bench-uiverify"
[ -x "$exe" ] || { echo "no $exe: configure with -DPACTBENCH_BUILD_BENCH=ON and build bench-uiverify" >&2; exit 1; }
extra=()
[ "${STATES:-0}" = 1 ] && extra+=(--states)
[ -n "${BODY_MB:-}" ] && extra+=(--body-mb "$BODY_MB")
for i in $(seq 1 "$runs"); do
  echo "== run $i"
  QT_QPA_PLATFORM=offscreen "$exe" "$count" "${extra[@]}" 2>/dev/null
done
