// The package as a city installs it: packed, installed from the tarball into a new project
// with the network off (`npm ci --offline` against the cache `npm ci` filled here), then used
// through its command and its library API, from JavaScript and from strict TypeScript.
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

interface Packed {
  filename: string;
  integrity: string;
  files: { path: string }[];
}
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  [key: string]: unknown;
}

let work: string;
let project: string;
let packed: Packed;
const bin = () => path.join(project, 'node_modules/masterplan/bin/masterplan.js');

/** Run a command; its output and exit code, never a throw. */
async function sh(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(file, args, { cwd, env: { ...process.env, CI: 'true', ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

const masterplan = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => sh(process.execPath, [bin(), ...args], cwd, env);

/**
 * The new project's lockfile: masterplan from the tarball, its dependencies exactly as this
 * repository's lockfile resolved them (so the cache holds every one), and TypeScript with
 * Node's types for the typed consumer.
 */
async function consumerLock(tarball: string): Promise<{ manifest: object; lock: object }> {
  const own = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; engines: object; bin: object; license: string };
  const tools = ['node_modules/typescript', 'node_modules/@types/node', 'node_modules/undici-types'];
  const packages: Record<string, LockEntry> = {};
  for (const [key, entry] of Object.entries(own.packages)) {
    if (!key.startsWith('node_modules/')) continue;
    if (!entry.dev) packages[key] = entry;
    else if (tools.includes(key)) packages[key] = { ...entry, dev: true };
  }
  const devDependencies = { typescript: own.packages['node_modules/typescript']!.version!, '@types/node': own.packages['node_modules/@types/node']!.version! };
  const spec = `file:${tarball}`;
  packages['node_modules/masterplan'] = { version: manifest.version, resolved: spec, integrity: packed.integrity, license: manifest.license, dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines };
  const root = { name: 'kota-uji', dependencies: { masterplan: spec }, devDependencies };
  return {
    manifest: { ...root, private: true, type: 'module' },
    lock: { name: 'kota-uji', lockfileVersion: 3, requires: true, packages: { '': root, ...packages } },
  };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'masterplan-package-'));
  const pack = await sh('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Packed[])[0]!;
  project = path.join(work, 'kota-uji');
  await mkdir(project);
  const { manifest, lock } = await consumerLock(path.join(work, packed.filename));
  await writeFile(path.join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(project, 'package-lock.json'), JSON.stringify(lock, null, 2));
  const install = await sh('npm', ['ci', '--offline', '--no-audit', '--no-fund'], project);
  expect(install.code, install.stderr).toBe(0);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the compiled code, the CLI bundle and its licences, templates, schemas, fonts, action, README and LICENSE; no tests, no example book, no sources', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of ['LICENSE', 'README.md', 'package.json', 'action.yml', 'bin/masterplan.js', 'bin/watch-process.js', 'lib/index.js', 'lib/index.d.ts', 'lib/cli/main.js', 'lib/cli-bundle/cli.js', 'lib/cli-bundle/THIRD-PARTY-LICENSES.txt', 'schema/book.schema.json', 'schema/initiative.schema.json', 'templates/pdf-theme.json', 'templates/ci/github-workflow.yml']) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => f.startsWith('lib/fonts-ttf/') && f.endsWith('.ttf'))).toHaveLength(5);
    for (const prefix of ['tests/', 'content/', 'src/', 'bench/', '.ci/', 'scripts/', 'dist/', 'node_modules/']) {
      expect(files.filter((f) => f.startsWith(prefix)), prefix).toEqual([]);
    }
    // No TypeScript source ships, only declarations.
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs without tsx, esbuild or the font packages', async () => {
    for (const absent of ['tsx', 'esbuild', '@expo-google-fonts/noto-sans']) {
      await expect(stat(path.join(project, 'node_modules', absent)), absent).rejects.toThrow();
    }
  });

  it('runs init, check, build and export from the installed copy', async () => {
    const version = await masterplan(['--version'], project);
    const own = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(own.version);

    const init = await masterplan(['init', 'buku', '--city', 'Kota Uji', '--period', '2025-2029'], project);
    expect(init.code, init.stderr).toBe(0);
    const book = path.join(project, 'buku');
    const pinned = (JSON.parse(await readFile(path.join(book, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.masterplan;
    // The source this copy came from: the tarball, never the bare name.
    expect(pinned).toBe(`file:${path.relative(book, path.join(work, packed.filename)).split(path.sep).join('/')}`);

    const check = await masterplan(['check', '--format', 'json'], book);
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ errors: 0 });

    const build = await masterplan(['build'], book, { SOURCE_DATE_EPOCH: '1751328000' });
    expect(build.code, build.stderr).toBe(0);
    expect((await readFile(path.join(book, 'dist/buku-satu.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(path.join(book, 'dist/buku-satu.html'), 'utf8')).toContain('Kota Uji');

    const exported = await masterplan(['export', '--format', 'csv'], book);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.split('\n')[0]).toContain('Judul');
    expect(exported.stdout).toContain('contoh-inisiatif');
  });

  it.skipIf(process.getuid?.() !== 0)('checks as a user who owns nothing here, with a temporary folder it cannot write', async () => {
    const book = path.join(project, 'buku');
    // mkdtemp made the work folder private to root: let everyone read and enter.
    await chmod(work, 0o755);
    const result = await sh('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin(), 'check'], book, { TMPDIR: '/proc/masterplan-no-tmp', HOME: '/nonexistent' });
    expect(result.stderr).not.toMatch(/EACCES|\n\s+at /);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 kesalahan|tidak ada masalah|✔|0 errors/i);
  });
});

describe('the library API from the installed package', () => {
  it('imports in plain Node: loadBook, checkBook, renderPdf, renderHtml and stats', async () => {
    const script = path.join(project, 'api.mjs');
    await writeFile(
      script,
      `import { loadBook, checkBook, renderPdf, renderHtml, stats } from 'masterplan';
const cwd = new URL('./buku/', import.meta.url).pathname;
const check = await checkBook({ cwd });
const counts = await stats({ cwd });
const { book } = await loadBook({ cwd });
const pdf = await renderPdf(book);
const { html } = await renderHtml(book);
console.log(JSON.stringify({ ok: check.ok, errors: check.errors, initiatives: counts.initiatives, pdf: pdf.subarray(0, 5).toString(), html: html.includes('Kota Uji') }));
`,
    );
    const result = await sh(process.execPath, [script], project);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, errors: 0, initiatives: 1, pdf: '%PDF-', html: true });
  });

  it("compiles the README's example under strict TypeScript, checking the package's declarations too, and runs it", async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const example = /<!-- library-example -->\s*```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'README has a ```ts block after <!-- library-example -->').toBeDefined();
    const dir = path.join(project, 'typed');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'example.ts'), example!);
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: false, types: ['node'], outDir: 'out' }, include: ['example.ts'] }),
    );
    const tsc = await sh(process.execPath, [path.join(project, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    const ran = await sh(process.execPath, [path.join(dir, 'out/example.js')], path.join(project, 'buku'));
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain('1 inisiatif');
    expect((await readFile(path.join(project, 'buku/buku-satu.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
