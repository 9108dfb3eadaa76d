#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/openapi/run.sh [BUILD_DIR] [--report-only] [--no-smv] [--keep DIR]
# Checks one generated pair (genopenapi.py: an OpenAPI 3.0.3 document of 200 operations over 80 paths
# and a V3 pact of 1000 interactions, 30 of them deliberately incompatible) with, in ONE hyperfine
# invocation (warm-up runs, failures ignored with -i since every tool exits non-zero on findings):
#   ours      BUILD_DIR/app/pactbench-cli openapi --format json spec pact
#   ours -e   the same with --examples-only
#   OPC       opc --oas spec pact                       (@pactflow/openapi-pact-comparator 2.3.1)
#   SMV       swagger-mock-validator spec pact          (@pactflow/swagger-mock-validator 14.5.0)
# (../shared/oracles/install openapi provides the last two). Prints each mean, the ratios OPC/ours and
# SMV/ours, and the errors each tool reported in its last timed run (side by side with the 30 planted),
# and exits 1 when either of our variants is less than TARGET (20) times faster than OPC, when one
# of our variants is missing, or when a tool reported fewer than MIN_ERRORS errors (a tool that
# crashed early must not win) -- unless --report-only (always exit 0 after the report).
#   --no-smv    leave SMV out (it takes minutes per run: about 0.3 s of CPU per interaction)
#   --keep DIR  generate the inputs into DIR and keep them (default: a temporary folder, removed)
# Environment: WARMUP (1), RUNS (hyperfine --min-runs, 3; fast commands run for 3 s at least),
# SEED (1), INTERACTIONS (1000), TARGET (20), SPEC (yaml|json: which copy of the document, yaml),
# MIN_ERRORS (half the planted incompatibilities), PACTBENCH_SHARED_DIR (../shared).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build
report_only=0 smv=1 keep=
while [ $# -gt 0 ]; do
  case $1 in
    --report-only) report_only=1 ;;
    --no-smv) smv=0 ;;
    --keep) keep=${2:?--keep DIR}; shift ;;
    -h|--help) sed -n '3,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) build=$1 ;;
  esac
  shift
done
build=$(cd "$build" 2>/dev/null && pwd || echo "$build")
warmup=${WARMUP:-1}
runs=${RUNS:-3}
target=${TARGET:-20}
spec_ext=${SPEC:-yaml}
shared=${PACTBENCH_SHARED_DIR:-$root/../shared}

if ! command -v hyperfine >/dev/null; then
  echo "installing hyperfine" >&2
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hyperfine >/dev/null; }
  apt_install || { $SUDO apt-get update -qq && apt_install; }
fi
oracle=$("$shared/oracles/install" openapi | tail -n 1)
[ -x "$oracle/opc" ] && [ -x "$oracle/swagger-mock-validator" ] || { echo "no opc / swagger-mock-validator in $oracle" >&2; exit 1; }

if [ -n "$keep" ]; then
  mkdir -p "$keep"; dir=$(cd "$keep" && pwd)
else
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi

gen_start=$(date +%s.%N)
python3 "$here/genopenapi.py" "$dir" --seed "${SEED:-1}" --interactions "${INTERACTIONS:-1000}"
gen_s=$(echo "$(date +%s.%N) - $gen_start" | bc)
printf 'generated in %.2f s: spec.yaml %d KiB, spec.json %d KiB, pact.json %d KiB (%s)\n' "$gen_s" \
  $(($(wc -c <"$dir/spec.yaml") / 1024)) $(($(wc -c <"$dir/spec.json") / 1024)) $(($(wc -c <"$dir/pact.json") / 1024)) "$dir"
spec=spec.$spec_ext

# Ours only once `pactbench-cli openapi` exists in this build.
cli="$build/app/pactbench-cli"
ours=0
if [ -x "$cli" ] && "$cli" openapi --help >/dev/null 2>&1; then
  ours=1
else
  echo
  echo "*** ours: NOT MEASURED -- $cli has no 'openapi' command yet (or is not built);"
  echo "*** timing swagger-mock-validator and openapi-pact-comparator only, no ratio, the ${target}x target is not checked."
  echo
fi

# Each command writes its report into the folder (overwritten by every run; the last one is counted
# below) rather than to /dev/null: same cost, and it shows that each tool really did the work.
names=() cmds=()
add() { names+=("$1"); cmds+=("$2"); }
if [ "$ours" = 1 ]; then
  add ours "'$cli' openapi --format json $spec pact.json >ours.out 2>ours.err"
  add ours-examples-only "'$cli' openapi --format json --examples-only $spec pact.json >ours-examples-only.out 2>ours-examples-only.err"
fi
add opc "'$oracle/opc' --oas $spec pact.json >opc.out 2>opc.err"
[ "$smv" = 1 ] && add smv "'$oracle/swagger-mock-validator' $spec pact.json >smv.out 2>smv.err"

args=()
for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
echo "hyperfine --warmup $warmup --min-runs $runs -i (in $dir):"
for c in "${cmds[@]}"; do echo "  $c"; done
[ "$smv" = 1 ] && echo "(swagger-mock-validator takes several minutes per run: $((warmup + runs)) runs of it)"
(cd "$dir" && hyperfine --warmup "$warmup" --min-runs "$runs" -i --export-json hyperfine.json "${args[@]}")

python3 - "$dir" "$target" "$ours" "$report_only" "${MIN_ERRORS:-}" <<'PY'
import json, os, re, sys
dir, target, ours, report_only, min_errors = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "1", sys.argv[4] == "1", sys.argv[5]
expected = json.load(open(os.path.join(dir, "expected.json")))
planted = len(expected["incompatible"])
min_errors = int(min_errors) if min_errors else (planted + 1) // 2
results = {r["command"]: r for r in json.load(open(os.path.join(dir, "hyperfine.json")))["results"]}

def read(name):
    try:
        return open(os.path.join(dir, name + ".out"), encoding="utf-8", errors="replace").read()
    except OSError:
        return ""

def count_errors(name):
    """Errors in the tool's last report, or None when it is not a report (crash, nothing written)."""
    text = read(name)
    try:
        if name == "smv":  # text: 'N error(s)', or a line saying the files are compatible
            m = re.search(r"^(\d+) error\(s\)", text, re.M)
            return int(m.group(1)) if m else (0 if re.search(r"\bis compatible with\b", text) else None)
        if name == "opc":  # ND-JSON: one array of findings per pact file
            lines = [json.loads(l) for l in text.splitlines() if l.strip()]
            if not lines:
                return None
            return sum(1 for line in lines for f in (line if isinstance(line, list) else line.get("results", [])) if f.get("type") == "error")
        doc = json.loads(text)  # ours: {"errors": [...], "warnings": [...], "summary": {"errors": N, ...}}
        if isinstance(doc.get("summary"), dict) and isinstance(doc["summary"].get("errors"), int):
            return doc["summary"]["errors"]
        return len(doc["errors"]) if isinstance(doc.get("errors"), list) else None
    except (ValueError, AttributeError, TypeError):
        return None

labels = {"ours": "pactbench-cli openapi", "ours-examples-only": "pactbench-cli openapi --examples-only",
          "opc": "openapi-pact-comparator (opc)", "smv": "swagger-mock-validator"}
kinds = {}
for e in expected["incompatible"]:
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
print(f"\n{expected['operations']} operations, {expected['paths']} paths; {expected['interactions']} interactions, "
      f"{planted} planted incompatibilities ({', '.join(f'{v} {k}' for k, v in kinds.items())})")
def cpu(r):
    return r["user"] + r["system"]

def secs(t):
    return f"{t * 1000:8.1f} ms" if t < 1 else f"{t:8.2f} s "
print(f"{'':40} {'mean':>11} {'± stddev':>11} {'user+sys':>11} {'runs':>5} {'errors':>7}")
errors, failed = {}, []
for name, r in results.items():
    errors[name] = count_errors(name)
    shown = "?" if errors[name] is None else errors[name]
    print(f"{labels.get(name, name):40} {secs(r['mean'])} {secs(r['stddev'] or 0)} {secs(cpu(r))} {len(r['times']):5} {shown:>7}")
    if errors[name] is None or errors[name] < min_errors:
        failed.append(f"{labels.get(name, name)} reported {shown} errors (at least {min_errors} expected): see {name}.out/.err")
        err = os.path.join(dir, name + ".err")
        if os.path.exists(err) and os.path.getsize(err):
            print("    stderr: " + open(err, errors="replace").read().strip().splitlines()[-1][:200])
if ours:
    for variant in ("ours", "ours-examples-only"):
        for ref in ("opc", "smv"):
            if ref in results:
                ratio = results[ref]["mean"] / results[variant]["mean"]
                print(f"{ref.upper()} / {variant:19} {ratio:10.1f}x   (CPU time: {cpu(results[ref]) / cpu(results[variant]):.1f}x)"
                      + (f"   target >= {target:g}x on the mean" if ref == "opc" else ""))
                if ref == "opc" and ratio < target:
                    failed.append(f"{labels[variant]} is only {ratio:.1f}x faster than OPC (target {target:g}x)")
else:
    failed.append("ours not measured: no `pactbench-cli openapi` in this build")
for f in failed:
    print("FAIL: " + f)
if failed and not report_only:
    sys.exit(1)
print("report only" if failed else "ok")
PY
