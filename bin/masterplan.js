#!/usr/bin/env node
// The masterplan command: the compiled code in lib/. In a checkout of the repository it is
// rebuilt first when src/ changed since the last build, so a stale lib/ never runs.
import { isStale } from './stale-build.js';

if (isStale()) await import(new URL('../scripts/build.mjs', import.meta.url).href).then(({ ensureBuilt }) => ensureBuilt());
const { run } = await import('../lib/cli/main.js');
const { processIo } = await import('../lib/io/io.js');
process.exitCode = await run(process.argv.slice(2), processIo());
