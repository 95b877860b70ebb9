#!/usr/bin/env node
// Thin shim: load the TypeScript sources through tsx, then hand over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/io/io.ts');
process.exitCode = await run(process.argv.slice(2), processIo());
