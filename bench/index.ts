// `npm run bench`: each benchmark in its own process, so peak memory figures do not mix.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const scripts = ['startup.ts', 'check.ts', 'route.ts', 'build.ts', 'pdf.ts', 'html.ts', 'typeset.ts', 'watch.ts'].filter((s) => existsSync(path.join(here, s)));
console.log(`masterplan bench — node ${process.version}, ${process.platform} ${process.arch}`);
let failed = false;
for (const script of scripts) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, script)], { stdio: 'inherit', cwd: path.resolve(here, '..') });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
