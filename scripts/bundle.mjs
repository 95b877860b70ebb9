// Bundle the CLI (src/cli/entry.ts) into <lib>/cli-bundle/: `node scripts/bundle.mjs <lib>`, run by
// scripts/build.mjs. Node 20 loads an ES module graph file by file (resolve, read, compile, link):
// `check` reached some 300 files of our code, zod, yaml and commander, a good part of its start-up.
// The bundle is one entry file and chunks that load with what needs them (each command, the
// parser, the renderers), so `check` never loads the PDF renderer. lib/ itself stays the
// compiled library the package exports.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = path.join(ROOT, 'src');
/** The bundle's folder inside lib/; the bundle reaches the rest of lib/ (fonts, the source stamp) from there. */
export const BUNDLE_DIR = 'cli-bundle';

/**
 * Left to node_modules: pdfkit reads its data files next to its own code and brings its own
 * fontkit, hyphen's patterns are required by name at run time, and chokidar has a native
 * optional part (fsevents). All load only with the commands that draw or watch.
 */
const EXTERNAL = ['pdfkit', 'fontkit', 'hyphen', 'chokidar'];

/** Licences a bundled package may have: its code travels inside ours, so it must allow that. */
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);

/**
 * Every module of src/ keeps the `import.meta.url` it has in lib/ (fonts, templates and
 * package.json are found relative to it), though the bundle puts its code elsewhere.
 */
const libLocation = {
  name: 'lib-location',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const text = await readFile(file, 'utf8');
      if (!file.startsWith(SRC + path.sep) || !text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const inLib = `../${path.relative(SRC, file).split(path.sep).join('/').replace(/\.ts$/, '.js')}`;
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(inLib)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/** The npm packages whose code is in the bundle, by folder. */
function bundledPackages(metafile) {
  const folders = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) folders.add(path.resolve(ROOT, match[1]));
  }
  return [...folders].sort();
}

/** The licence notices of the bundled packages, one after another; a package whose licence is not permissive stops the build. */
function notices(metafile) {
  return bundledPackages(metafile)
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
  const outdir = path.join(lib, BUNDLE_DIR);
  const result = await esbuild.build({
    entryPoints: { cli: path.join(SRC, 'cli/entry.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: EXTERNAL,
    chunkNames: 'chunk-[hash]',
    // Whitespace and syntax only: names stay, so a crash report's trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // CommonJS packages in the bundle (yaml, commander) call `require` for Node's own modules.
    banner: { js: "import { createRequire as __masterplanRequire } from 'node:module'; const require = __masterplanRequire(import.meta.url);" },
    plugins: [libLocation],
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(path.join(outdir, 'THIRD-PARTY-LICENSES.txt'), `The CLI bundle in this folder holds code of these packages, under their licences:\n\n${notices(result.metafile)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await bundle(path.resolve(process.argv[2] ?? path.join(ROOT, 'lib')));
