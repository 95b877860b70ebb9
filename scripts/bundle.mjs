// Bundle the CLI (src/cli/entry.ts) into <lib>/cli-bundle/: `node scripts/bundle.mjs <lib>`, run by
// scripts/build.mjs. Node 20 loads an ES module graph file by file (resolve, read, compile, link):
// `check` reached some 300 files of our code, zod, yaml and commander, a good part of its start-up.
// The bundle is an entry file, two chunks with all that `check` needs, and chunks that load with
// what needs them (the other commands, the renderers), so `check` never loads the PDF renderer.
// lib/ itself stays the compiled library the package exports.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = path.join(ROOT, 'src');
/** The bundle's folder inside lib/; the bundle reaches the rest of lib/ (fonts, the source stamp) from there. */
export const BUNDLE_DIR = 'cli-bundle';

/**
 * Left to node_modules: pdfkit reads its data files next to its own code and brings its own
 * fontkit, hyphen's patterns are required by name at run time, and chokidar has a native
 * optional part (fsevents). All load only with the commands that draw or watch.
 */
const EXTERNAL = /^(?:pdfkit|fontkit|hyphen|chokidar)(?:\/|$)/;

/** Licences a bundled package may have: its code travels inside ours, so it must allow that. */
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);

/**
 * Every module of src/ keeps the `import.meta.url` it has in lib/ (fonts, templates and
 * package.json are found relative to it), though the bundle puts its code elsewhere.
 */
const libLocation = {
  name: 'lib-location',
  transform(code, id) {
    if (!id.startsWith(SRC + path.sep) || !code.includes('import.meta.url')) return null;
    const inLib = `../${path.relative(SRC, id).split(path.sep).join('/').replace(/\.ts$/, '.js')}`;
    return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(inLib)}, import.meta.url).href`) };
  },
};

const inputOptions = (entry) => ({ input: entry, platform: 'node', external: EXTERNAL, plugins: [libLocation], logLevel: 'warn' });

/**
 * The modules each entry loads: the entry and what it imports statically, however deep. A first
 * bundle of the entries finds them.
 */
async function staticModules(entries) {
  const bundle = await rolldown(inputOptions(entries));
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (chunk, modules = new Set()) => {
    for (const id of chunk.moduleIds) modules.add(id);
    for (const name of chunk.imports) if (chunks.has(name)) closure(chunks.get(name), modules);
    return modules;
  };
  return Object.fromEntries([...chunks.values()].filter((c) => c.isEntry).map((c) => [c.name, closure(c)]));
}

/** The npm packages whose code is in the bundle, by folder. */
function bundledPackages(chunks) {
  const folders = new Set();
  for (const id of chunks.flatMap((c) => c.moduleIds)) {
    const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
    if (match) folders.add(match[1]);
  }
  return [...folders].sort();
}

/** The licence notices of the bundled packages, one after another; a package whose licence is not permissive stops the build. */
function notices(chunks) {
  return bundledPackages(chunks)
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
      if (!PERMISSIVE.has(manifest.license)) throw new Error(`${manifest.name}: licence ${manifest.license} is not one the bundle may carry`);
      const file = ['LICENSE', 'LICENSE.md', 'license', 'license.md', 'LICENCE'].map((f) => path.join(folder, f)).find((f) => existsSync(f));
      const text = file ? readFileSync(file, 'utf8').trim() : `${manifest.license} (no licence file in the package)`;
      return `${manifest.name}@${manifest.version} (${manifest.license})\n\n${text}\n`;
    })
    .join(`\n${'-'.repeat(72)}\n\n`);
}

/** Bundle the CLI into `<lib>/cli-bundle/`, with the notices of what it holds. */
export async function bundle(lib) {
  const entries = { cli: path.join(SRC, 'cli/entry.ts'), check: path.join(SRC, 'cli/commands/check.ts') };
  const { cli, check } = await staticModules(entries);
  const dir = path.join(lib, BUNDLE_DIR);
  const bundler = await rolldown(inputOptions({ cli: entries.cli }));
  const { output } = await bundler.write({
    dir,
    format: 'es',
    chunkFileNames: '[name]-[hash].js',
    // Two chunks for what `check` loads: the entry's own modules (all commands need them), then
    // the rest. Node 20 pays about half a millisecond for each module file it resolves and
    // links, and splitting by use alone gave `check` 36 of them.
    codeSplitting: {
      groups: [
        { name: 'start', test: (id) => cli.has(id), priority: 2 },
        { name: 'check', test: (id) => check.has(id), priority: 1 },
      ],
    },
    // Names stay, so a crash report's trace still reads.
    minify: { compress: true, mangle: false, codegen: { removeWhitespace: true } },
  });
  await bundler.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  writeFileSync(path.join(dir, 'THIRD-PARTY-LICENSES.txt'), `The CLI bundle in this folder holds code of these packages, under their licences:\n\n${notices(chunks)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await bundle(path.resolve(process.argv[2] ?? path.join(ROOT, 'lib')));
