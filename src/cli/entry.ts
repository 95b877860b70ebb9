// What bin/masterplan.js runs: the build bundles the CLI from here into lib/cli-bundle/.
/** The CLI's entry: the command runner and the process's own io. */
export { run } from './main.ts';
export { processIo } from '../io/io.ts';
