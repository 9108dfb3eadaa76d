#!/usr/bin/env bash
# Opens and edits a large pact in the real window (offscreen) and prints load-to-tree time,
# memory and the longest GUI-thread stall of each step.
#   bench/uitree/run.sh BUILD_DIR [INTERACTIONS]
# BUILD_DIR must be configured with -DPACTBENCH_BUILD_BENCH=ON (cmake --build BUILD_DIR --target bench-ui-tree).
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [INTERACTIONS]}
count=${2:-10000}
exe="$build/bench/uitree/bench-ui-tree"
[ -x "$exe" ] || { echo "no $exe: configure with -DPACTBENCH_BUILD_BENCH=ON and build bench-ui-tree" >&2; exit 2; }
QT_QPA_PLATFORM=offscreen "$exe" "$count"
