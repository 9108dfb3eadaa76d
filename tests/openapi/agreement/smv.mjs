#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs PactFlow's swagger-mock-validator (SMV) through its API and prints its result as JSON.
// Usage: node smv.mjs SPEC PACT [--oracle DIR]
// The oracle folder (holding node_modules/@pactflow/swagger-mock-validator) comes from --oracle,
// else env PACT_OPENAPI_ORACLE_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadSmv(oracleDir) {
  const pkgDir = path.join(oracleDir, 'node_modules', '@pactflow', 'swagger-mock-validator');
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const entry = typeof pkg.exports === 'string' ? pkg.exports : (pkg.exports?.['.']?.import ?? pkg.exports?.['.']?.default ?? pkg.exports?.['.'] ?? pkg.main);
  const mod = await import(pathToFileURL(path.join(pkgDir, entry)).href);
  const factory = mod.SwaggerMockValidatorFactory ?? mod.default?.SwaggerMockValidatorFactory;
  if (!factory) throw new Error(`no SwaggerMockValidatorFactory in ${pkgDir}/${entry}`);
  return { factory, version: pkg.version };
}

// Returns SMV's ValidationOutcome {errors, warnings, success, failureReason} or throws.
// SMV hands the parsed spec object to swagger-parser, which then resolves relative $refs
// (e.g. "schemas.yaml#/Book") against the process's working directory, not against the spec file:
// run it from the spec's folder, as a user of SMV's CLI would.
export async function runSmv(smv, spec, pact) {
  const validator = smv.factory.create();
  const cwd = process.cwd();
  process.chdir(path.dirname(path.resolve(spec)));
  try {
    return await validator.validate({ specPathOrUrl: path.resolve(cwd, spec), mockPathOrUrl: path.resolve(cwd, pact) });
  } finally {
    process.chdir(cwd);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  let oracle = process.env.PACT_OPENAPI_ORACLE_DIR;
  const oi = args.indexOf('--oracle');
  if (oi >= 0) { oracle = args[oi + 1]; args.splice(oi, 2); }
  if (!oracle || args.length !== 2) {
    console.error('usage: node smv.mjs SPEC PACT [--oracle DIR]  (or set PACT_OPENAPI_ORACLE_DIR)');
    process.exit(2);
  }
  try {
    const smv = await loadSmv(oracle);
    const result = await runSmv(smv, args[0], args[1]);
    console.log(JSON.stringify(result, null, 2));
    process.exit(result.success ? 0 : 1);
  } catch (e) {
    console.log(JSON.stringify({ exception: String(e && e.message || e) }));
    process.exit(2);
  }
}
