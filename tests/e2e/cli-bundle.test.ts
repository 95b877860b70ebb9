// The command as a user starts it runs the CLI bundle the build makes (lib/cli-bundle/), and
// `check` loads none of what only drawing needs. Every module Node resolves is logged through a
// resolve hook registered with `--import`, so the test sees what the process really loaded.
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, copyFixture } from '../helpers/cli.ts';

const exec = promisify(execFile);
const BIN = path.join(ROOT, 'bin/masterplan.js');
const BUNDLE = path.join(ROOT, 'lib/cli-bundle');

let dir: string;

beforeAll(async () => {
  dir = await copyFixture(path.join(ROOT, 'content'), 'masterplan-bundle-');
  await writeFile(path.join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  appendFileSync(process.env.LOADS_FILE, `${result.url}\\n`);\n  return result;\n}\n");
  await writeFile(path.join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Run bin/masterplan.js in the book with the logging hook; its exit code, output and the files of the modules it resolved (relative to the repository). */
async function loads(name: string, args: string[]): Promise<{ code: number; stdout: string; files: string[] }> {
  const file = path.join(dir, `${name}.txt`);
  const env = { ...process.env, LOADS_FILE: file, SOURCE_DATE_EPOCH: '1751328000', GITHUB_ACTIONS: '', GITLAB_CI: '' };
  const run = await exec(process.execPath, ['--import', path.join(dir, 'register.mjs'), BIN, ...args], { cwd: dir, env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code?: number; stdout?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? '' }),
  );
  const urls = (await readFile(file, 'utf8')).split('\n').filter((u) => u.startsWith('file:'));
  return { ...run, files: [...new Set(urls.map((u) => path.relative(ROOT, new URL(u).pathname)))] };
}

const inPackage = (files: readonly string[], name: string) => files.filter((f) => f.includes(`node_modules/${name}/`));

describe('the CLI bundle', () => {
  it('is what bin/masterplan.js runs: check loads the bundle, not the compiled modules of lib/ nor zod, yaml or commander from node_modules', async () => {
    const { code, stdout, files } = await loads('check', ['check', '--no-cache']);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/tidak ada masalah/);
    expect(files).toContain('lib/cli-bundle/cli.js');
    expect(files.filter((f) => f.startsWith('lib/') && !f.startsWith('lib/cli-bundle/'))).toEqual([]);
    for (const name of ['zod', 'yaml', 'commander', 'micromark', 'unified']) expect(inPackage(files, name), name).toEqual([]);
  });

  it('check loads neither pdfkit, fontkit nor the renderers; build does, from node_modules', async () => {
    const check = await loads('check-pdf', ['check', '--no-cache']);
    for (const name of ['pdfkit', 'fontkit', 'hyphen']) expect(inPackage(check.files, name), name).toEqual([]);
    const build = await loads('build', ['build', '--no-cache', '--out', 'dist']);
    expect(build.code, build.stdout).toBe(0);
    expect(inPackage(build.files, 'pdfkit').length).toBeGreaterThan(0);
    // The renderers are chunks of their own that only build loads.
    const chunks = (files: readonly string[]) => new Set(files.filter((f) => f.startsWith('lib/cli-bundle/')));
    expect([...chunks(build.files)].filter((f) => !chunks(check.files).has(f)).length).toBeGreaterThan(0);
    expect((await readFile(path.join(dir, 'dist/buku-satu.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('carries the licences of the packages bundled into it', async () => {
    const notices = await readFile(path.join(BUNDLE, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['zod', 'yaml', 'commander', 'micromark', 'unified']) expect(notices).toMatch(new RegExp(`^${name}@\\d+\\.\\d+\\.\\d+ \\((MIT|ISC)\\)$`, 'm'));
    expect(notices).not.toMatch(/^pdfkit@/m);
  });
});
