#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Agreement test for `pactbench-cli openapi`: runs PactFlow's swagger-mock-validator (SMV 14.5.0, in
// process through its API) and openapi-pact-comparator (OPC 2.3.1, its CLI) on every pair folder
// and on the real public pairs shipped in the oracles' npm packages, and compares their ERROR lists,
// as multisets of (code, interactionDescription), with ours (--examples-only --format json). It also
// checks ours against each pair's expected.json: examplesOnly (errors and warnings) and, without
// --examples-only, matcherAware. Known disagreements are listed in known-differences.json; a listed
// one that no longer occurs fails too.
//
//   node agreement.mjs --cli PATH --pairs DIR [--oracle DIR] [--shared DIR] [--no-ours] [--only SUBSTR] [-v]
//
// Oracle folder: --oracle, else env PACT_OPENAPI_ORACLE_DIR, else `SHARED/oracles/install openapi`
// (SHARED from --shared or env PACTBENCH_SHARED_DIR). Exit 0 all agree (or every difference is
// known), 1 on any unexplained or stale difference, 77 when an oracle or the CLI is missing (1 under CI=true).
// --no-ours: our CLI does not exist yet; SMV's findings stand in for ours (under --examples-only
// ours must equal SMV), so the OPC differences and the expected.json files can still be checked.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadSmv, runSmv } from './smv.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const flag = (name) => args.includes(name);
const ci = process.env.CI === 'true';
const verbose = flag('-v') || flag('--verbose');
const noOurs = flag('--no-ours');
const only = opt('--only');

function missing(what) {
  if (ci) {
    console.error(`\n*** openapi_agreement: ${what} -- CI=true, so this is a FAILURE, not a skip ***\n`);
    process.exit(1);
  }
  console.error(`openapi_agreement: ${what}; skipping (exit 77)`);
  process.exit(77);
}

// ---- locate the oracles -----------------------------------------------------------------------
function oracleDir() {
  let dir = opt('--oracle') || process.env.PACT_OPENAPI_ORACLE_DIR;
  if (!dir) {
    const shared = opt('--shared') || process.env.PACTBENCH_SHARED_DIR;
    const install = shared && path.join(shared, 'oracles', 'install');
    if (install && fs.existsSync(install)) {
      const r = spawnSync(install, ['openapi'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (r.status === 0) dir = r.stdout.trim().split('\n').pop();
      else if (verbose) console.error(r.stderr);
    }
  }
  return dir;
}
const oracle = oracleDir();
if (!oracle) missing('the OpenAPI oracles are not installed (set PACT_OPENAPI_ORACLE_DIR or PACTBENCH_SHARED_DIR)');
const opcBin = path.join(oracle, 'opc');
if (!fs.existsSync(opcBin)) missing(`no opc in ${oracle}`);
let smv;
try { smv = await loadSmv(oracle); } catch (e) { missing(`cannot load swagger-mock-validator from ${oracle}: ${e.message}`); }
const cli = opt('--cli');
if (!noOurs && (!cli || !fs.existsSync(cli))) missing(`our CLI is missing (--cli ${cli ?? '?'})`);
const pairsDir = path.resolve(opt('--pairs') || path.join(here, '..', 'pairs'));

// ---- the pairs --------------------------------------------------------------------------------
const specIn = (dir) => ['spec.yaml', 'spec.yml', 'spec.json'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
const pairs = fs.readdirSync(pairsDir).sort().map((name) => path.join(pairsDir, name))
  .filter((d) => fs.existsSync(path.join(d, 'expected.json')))
  .map((d) => ({ name: path.basename(d), spec: specIn(d), pacts: [path.join(d, 'pact.json')], expected: JSON.parse(fs.readFileSync(path.join(d, 'expected.json'), 'utf8')) }));
// Real public pairs, used in place from the oracles' packages (not copied into the repo).
const smvDocs = path.join(oracle, 'node_modules', '@pactflow', 'swagger-mock-validator', 'docs');
if (fs.existsSync(path.join(smvDocs, 'swagger.json')) && fs.existsSync(path.join(smvDocs, 'pact.json')))
  pairs.push({ name: 'public:smv-docs-petstore', spec: path.join(smvDocs, 'swagger.json'), pacts: [path.join(smvDocs, 'pact.json')], expected: null });
const selected = only ? pairs.filter((p) => p.name.includes(only)) : pairs;

const known = JSON.parse(fs.readFileSync(path.join(here, 'known-differences.json'), 'utf8'));
const knownUsed = new Set();

// ---- runners ----------------------------------------------------------------------------------
const key = (f) => `${f.code} | ${f.interaction}`;
const errorsOf = (list) => list.filter((f) => f.type === 'error');
async function runSmvPair(p) {
  const out = [];
  for (const pact of p.pacts) {
    const r = await runSmv(smv, p.spec, pact);
    for (const f of [...r.errors, ...r.warnings]) out.push({ code: f.code, type: f.type, interaction: f.mockDetails?.interactionDescription });
  }
  return out;
}
function runOpc(p) {
  const r = spawnSync(opcBin, ['--oas', p.spec, ...p.pacts], { cwd: path.dirname(p.spec), encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines = (r.stdout || '').split('\n').filter((l) => l.trim());
  if (lines.length !== p.pacts.length) throw new Error(`opc exit ${r.status}: ${(r.stderr || r.stdout).slice(0, 400)}`);
  // OPC uses SMV's codes (plus its own request.spec.missing and *.unvalidatable warnings; see README).
  return lines.flatMap((l) => JSON.parse(l)).filter((f) => f.type !== 'info')
    .map((f) => ({ code: f.code, type: f.type, interaction: f.mockDetails?.interactionDescription }));
}
function runOurs(p, examplesOnly) {
  const argv = ['openapi', ...(examplesOnly ? ['--examples-only'] : []), '--format', 'json', p.spec, ...p.pacts];
  const r = spawnSync(cli, argv, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`pactbench-cli exit ${r.status}: ${(r.stderr || '').slice(0, 400)}`);
  const j = JSON.parse(r.stdout);
  const all = [...(j.errors || []), ...(j.warnings || [])];
  if ((r.status === 1) !== ((j.errors || []).length > 0)) throw new Error(`pactbench-cli exit ${r.status} but ${(j.errors || []).length} errors`);
  return all.map((f) => ({ code: f.code, type: f.type, interaction: f.mockDetails?.interactionDescription, matcher: f.matcher }));
}

// Set difference by key: the items of a (each key once) whose key b lacks. Sets, not multisets: how many
// errors one failure gives is each validator's choice (AJV's allErrors and valijson differ), which is not.
function minus(a, b, keyf) {
  const inB = new Set(b.map(keyf));
  const seen = new Set();
  const out = [];
  for (const x of a) { const k = keyf(x); if (!inB.has(k) && !seen.has(k)) { seen.add(k); out.push(x); } }
  return out;
}
// Differences between ours and a tool's errors; each must be listed in known-differences.json.
function compareTool(pair, tool, ours, theirs, problems) {
  const diffs = [
    ...minus(errorsOf(ours), errorsOf(theirs), key).map((f) => ({ ...f, ours: 'present' })),
    ...minus(errorsOf(theirs), errorsOf(ours), key).map((f) => ({ ...f, ours: 'absent' })),
  ];
  let unexplained = 0;
  for (const d of diffs) {
    const i = known.findIndex((k) => k.pair === pair && k.tool === tool && k.code === d.code && k.interaction === d.interaction && k.ours === d.ours);
    if (i >= 0) { knownUsed.add(i); continue; }
    unexplained++;
    problems.push(`${pair}: ${tool} differs: ours ${d.ours}: ${d.code} | ${d.interaction}`);
  }
  return { agree: diffs.length === 0, known: diffs.length > 0 && unexplained === 0, unexplained };
}
function compareExpected(pair, what, got, want, keyf, problems) {
  const extra = minus(got, want, keyf), lack = minus(want, got, keyf);
  for (const f of extra) problems.push(`${pair}: ${what}: unexpected ${keyf(f)}`);
  for (const f of lack) problems.push(`${pair}: ${what}: missing ${keyf(f)}`);
  return extra.length + lack.length === 0;
}

// ---- main loop --------------------------------------------------------------------------------
const problems = [];
const rows = [];
const tally = { smv: 0, opc: 0, smvKnown: 0, opcKnown: 0, exp: 0, expN: 0, ma: 0, maN: 0 };
const t0 = Date.now();
let tOracles = 0;
for (const p of selected) {
  const row = { pair: p.name };
  const pp = [];
  let s, o, ours;
  const t1 = Date.now();
  try { s = await runSmvPair(p); } catch (e) { pp.push(`${p.name}: SMV failed: ${e.message}`); }
  let opcFailedKnown = false;
  try { o = runOpc(p); } catch (e) {
    // A tool that cannot handle a pair at all is listed with code "(fails)".
    const i = known.findIndex((k) => k.pair === p.name && k.tool === 'opc' && k.code === '(fails)');
    if (i >= 0) { knownUsed.add(i); opcFailedKnown = true; tally.opcKnown++; } else pp.push(`${p.name}: OPC failed: ${e.message}`);
  }
  tOracles += Date.now() - t1;
  try { ours = noOurs ? s : runOurs(p, true); } catch (e) { pp.push(`${p.name}: ours failed: ${e.message}`); }
  row.smv = s ? errorsOf(s).length : '-';
  row.opc = o ? errorsOf(o).length : '-';
  row.ours = noOurs ? '(smv)' : ours ? errorsOf(ours).length : '-';
  const verdict = [];
  if (s && ours) {
    const r = noOurs ? { agree: true } : compareTool(p.name, 'smv', ours, s, pp);
    if (r.agree) tally.smv++; else if (r.known) tally.smvKnown++;
    verdict.push(r.agree ? '=SMV' : r.known ? '~SMV(known)' : '!=SMV');
  }
  if (o && ours) {
    const r = compareTool(p.name, 'opc', ours, o, pp);
    if (r.agree) tally.opc++; else if (r.known) tally.opcKnown++;
    verdict.push(r.agree ? '=OPC' : r.known ? '~OPC(known)' : '!=OPC');
  }
  if (opcFailedKnown) verdict.push('~OPC(fails, known)');
  if (p.expected) {
    const k3 = (f) => `${f.type} ${f.code} | ${f.interaction}`;
    // With --no-ours this checks that expected.json still says what SMV says.
    if (ours) { tally.expN++; const ok = compareExpected(p.name, 'examplesOnly', ours, p.expected.examplesOnly, k3, pp); if (ok) tally.exp++; verdict.push(ok ? 'exp' : '!exp'); }
    if (!noOurs) {
      tally.maN++;
      try {
        const ma = runOurs(p, false);
        const k4 = (f) => `${f.type} ${f.code} | ${f.interaction} | matcher=${!!f.matcher}`;
        const ok = compareExpected(p.name, 'matcherAware', ma, p.expected.matcherAware, k4, pp);
        if (ok) tally.ma++;
        verdict.push(ok ? 'ma' : '!ma');
      } catch (e) { pp.push(`${p.name}: ours (matcher-aware) failed: ${e.message}`); verdict.push('!ma'); }
    }
  }
  row.verdict = pp.length ? `FAIL ${verdict.join(' ')}` : `ok ${verdict.join(' ')}`;
  rows.push(row);
  problems.push(...pp);
  if (verbose) {
    console.log(`-- ${p.name}`);
    for (const [n, l] of [['smv', s], ['opc', o], ['ours', noOurs ? null : ours]]) for (const f of l || []) console.log(`   ${n.padEnd(4)} ${f.type[0]} ${f.code} | ${f.interaction}`);
  }
}
// Stale known differences (only for pairs that ran, and for the tools that ran).
known.forEach((k, i) => {
  if (knownUsed.has(i) || !selected.some((p) => p.name === k.pair)) return;
  if (noOurs && k.tool === 'smv') return;
  problems.push(`stale known difference (no longer occurs): ${k.pair} ${k.tool} ours ${k.ours}: ${k.code} | ${k.interaction}`);
});

const w = Math.max(...rows.map((r) => r.pair.length), 4);
console.log(`${'pair'.padEnd(w)}  SMV  OPC  ours  verdict`);
for (const r of rows) console.log(`${r.pair.padEnd(w)}  ${String(r.smv).padStart(3)}  ${String(r.opc).padStart(3)}  ${String(r.ours).padStart(4)}  ${r.verdict}`);
const n = rows.length;
console.log(`\n${n} pairs: ours = SMV on ${noOurs ? 'n/a (--no-ours)' : tally.smv}${tally.smvKnown ? ` (+${tally.smvKnown} known)` : ''}, ours = OPC on ${tally.opc} (+${tally.opcKnown} known), `
  + `examplesOnly as expected on ${tally.exp}/${tally.expN}` + (noOurs ? '' : `, matcherAware as expected on ${tally.ma}/${tally.maN}`)
  + `; oracles took ${(tOracles / 1000).toFixed(1)} s, all ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  ${p}`);
  process.exit(1);
}
process.exit(0);
