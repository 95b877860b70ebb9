import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CI_CHOICES, type CiSystem } from './ci.ts';
import type { TemplateFile } from './project.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCAFFOLD = path.join(ROOT, 'templates', 'scaffold');
/** The CI pipelines `init --ci` copies (the GitHub one is also this repository's own). */
const CI_TEMPLATES = path.join(ROOT, 'templates', 'ci');

/** Dot files are stored as `_name` (npm leaves `.gitignore` out of published packages). */
function projectName(stored: string): string {
  return stored.split('/').map((part) => part.replace(/^_/, '.')).join('/');
}

async function walk(dir: string, root: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, root, out);
    else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
}

/** Every file of `templates/scaffold/` under its name in the project, plus the pipeline of the CI system chosen. */
export async function readScaffold(ci: CiSystem = 'github'): Promise<TemplateFile[]> {
  const names: string[] = [];
  await walk(SCAFFOLD, SCAFFOLD, names);
  const files = await Promise.all(names.map(async (name) => ({ name: projectName(name), text: await readFile(path.join(SCAFFOLD, name), 'utf8') })));
  const pipeline = CI_CHOICES[ci].file;
  if (pipeline) files.push({ name: pipeline.target, text: await readFile(path.join(CI_TEMPLATES, pipeline.template), 'utf8') });
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The version of masterplan itself, which a new project's package.json asks for. */
export async function ownVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const version = manifest && typeof manifest === 'object' && 'version' in manifest ? manifest.version : undefined;
  return typeof version === 'string' ? version : '0.1.0';
}
