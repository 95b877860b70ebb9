#!/usr/bin/env node
// The masterplan command: the CLI bundled from src/ at build time (lib/cli-bundle/, one file
// and the chunks it loads on demand, see scripts/bundle.mjs). In a checkout of the repository it is
// rebuilt first when src/ changed since the last build, so a stale lib/ never runs.
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from './stale-build.js';
import { runWatchProcess, wantsWatchProcess } from './watch-process.js';

/**
 * Where V8 keeps the bundle's compiled code: beside other tools' caches in the project's
 * node_modules/.cache (the package's own node_modules in a checkout). Never the system's
 * temporary folder: Node 22 hangs making its folder when TMPDIR points into /proc.
 */
function compileCacheDir() {
  const pkg = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const modules = path.basename(path.dirname(pkg)) === 'node_modules' ? path.dirname(pkg) : path.join(pkg, 'node_modules');
  return path.join(modules, '.cache', 'masterplan', 'v8');
}

// Node 22.1 and later keep V8's compiled code of the bundle between runs (keyed by each
// file's contents); Node 20 has no such API and skips it.
try {
  module.enableCompileCache?.(compileCacheDir());
} catch {
  // A folder it cannot write is reported in the call's result; should a version throw instead, start without the cache.
}

if (isStale()) await import(new URL('../scripts/build.mjs', import.meta.url).href).then(({ ensureBuilt }) => ensureBuilt());
const args = process.argv.slice(2);
if (wantsWatchProcess(args)) {
  process.exitCode = await runWatchProcess(fileURLToPath(import.meta.url), args);
} else {
  const { run, processIo } = await import('../lib/cli-bundle/cli.js');
  process.exitCode = await run(args, processIo());
}
