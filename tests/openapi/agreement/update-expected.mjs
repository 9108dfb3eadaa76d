#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Rewrites examplesOnly in each pair's expected.json from what SMV 14.5 reports now, and the
// matcher:false part of matcherAware to match; matcher:true entries and "about" are kept.
// Review the diff before committing: examplesOnly must stay exactly SMV's findings.
//   PACT_OPENAPI_ORACLE_DIR=... node update-expected.mjs [--pairs DIR] [PAIR-NAME...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSmv, runSmv } from './smv.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const pi = args.indexOf('--pairs');
const pairsDir = path.resolve(pi >= 0 ? args.splice(pi, 2)[1] : path.join(here, '..', 'pairs'));
if (!process.env.PACT_OPENAPI_ORACLE_DIR) { console.error('set PACT_OPENAPI_ORACLE_DIR'); process.exit(2); }
const smv = await loadSmv(process.env.PACT_OPENAPI_ORACLE_DIR);
for (const name of args.length ? args : fs.readdirSync(pairsDir).sort()) {
  const dir = path.join(pairsDir, name);
  const file = path.join(dir, 'expected.json');
  if (!fs.existsSync(file)) continue;
  const spec = ['spec.yaml', 'spec.yml', 'spec.json'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  const old = JSON.parse(fs.readFileSync(file, 'utf8'));
  const r = await runSmv(smv, spec, path.join(dir, 'pact.json'));
  const ex = [...r.errors, ...r.warnings].map((f) => ({ code: f.code, type: f.type, interaction: f.mockDetails.interactionDescription }));
  const next = { about: old.about, examplesOnly: ex,
    matcherAware: [...ex.map((f) => ({ ...f, matcher: false })), ...(old.matcherAware || []).filter((f) => f.matcher)] };
  const text = JSON.stringify(next, null, 2) + '\n';
  if (text !== fs.readFileSync(file, 'utf8')) { fs.writeFileSync(file, text); console.log(`updated ${name}`); }
}
