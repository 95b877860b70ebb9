// Compile src/ to lib/ (JavaScript and declarations), bundle the CLI into lib/cli-bundle/ and copy the fonts the PDF uses.
// `npm run build` runs it; `npm ci` and `npm pack` run it through `prepare`; bin/masterplan.js
// runs it in a checkout whose src/ changed since the last build, so a stale lib/ never runs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale, LIB, sourceKey, STAMP } from '../bin/stale-build.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** Declarations keep the `.ts` of relative imports; consumers resolve `.js`. */
function rewriteDeclarations(out) {
  for (const file of files(out).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

/** The five faces the theme names, copied next to the code, so the package needs no font package at run time. */
function copyFonts(out) {
  const theme = JSON.parse(readFileSync(path.join(ROOT, 'templates/pdf-theme.json'), 'utf8'));
  const target = path.join(out, 'fonts-ttf');
  mkdirSync(target, { recursive: true });
  const licences = new Set();
  for (const source of Object.values(theme.fonts)) {
    const root = path.dirname(require.resolve(`${source.package}/package.json`));
    copyFileSync(path.join(root, source.file), path.join(target, path.basename(source.file)));
    licences.add(path.join(root, 'LICENSE_FONT'));
  }
  const [licence] = [...licences].filter((f) => existsSync(f));
  if (licence) copyFileSync(licence, path.join(target, 'OFL.txt'));
}

/**
 * Compile, fix the declarations, bundle the CLI (scripts/bundle.mjs), copy the fonts, stamp the build with the source hash. The
 * build happens in a folder of its own and replaces lib/ only when complete, so a process
 * starting meanwhile never loads half a build.
 */
export function build() {
  const key = sourceKey();
  const out = `${LIB}.build-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', out], { stdio: 'inherit', cwd: ROOT });
    rewriteDeclarations(out);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), out], { stdio: 'inherit', cwd: ROOT });
    copyFonts(out);
    writeFileSync(path.join(out, '.source-stamp'), key);
    rmSync(LIB, { recursive: true, force: true });
    renameSync(out, LIB);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    // Another process may have finished the same build first.
    if (!(existsSync(STAMP) && readFileSync(STAMP, 'utf8') === key)) throw error;
  }
}

/** Build when lib/ is missing or older than src/ (in a checkout of the repository). */
export function ensureBuilt(log = (text) => process.stderr.write(text)) {
  if (!isStale()) return false;
  log(existsSync(STAMP) ? 'masterplan: src/ berubah sejak lib/ dibuat; menyusun ulang… / src/ changed; rebuilding lib/…\n' : 'masterplan: menyusun lib/… / building lib/…\n');
  build();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) build();
