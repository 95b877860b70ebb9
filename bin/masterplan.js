#!/usr/bin/env node
// The masterplan command: the CLI bundled from src/ at build time (lib/cli-bundle/, one file
// and the chunks it loads on demand, see scripts/bundle.mjs). In a checkout of the repository it is
// rebuilt first when src/ changed since the last build, so a stale lib/ never runs.
import { isStale } from './stale-build.js';

if (isStale()) await import(new URL('../scripts/build.mjs', import.meta.url).href).then(({ ensureBuilt }) => ensureBuilt());
const { run, processIo } = await import('../lib/cli-bundle/cli.js');
process.exitCode = await run(process.argv.slice(2), processIo());
