import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCAFFOLD = path.join(ROOT, 'templates', 'scaffold');
/** The project's official pull-request workflow, shared with this repository's own CI. */
const CI_WORKFLOW = path.join(ROOT, 'templates', 'ci', 'github-workflow.yml');
/** Where the workflow lands in a new project (the README's GitHub Actions section names it). */
const WORKFLOW = '.github/workflows/check.yml';
/** Dot files are stored as `_name` (npm leaves `.gitignore` out of published packages). */
function projectName(stored) {
    return stored.split('/').map((part) => part.replace(/^_/, '.')).join('/');
}
async function walk(dir, root, out) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory())
            await walk(full, root, out);
        else if (entry.isFile())
            out.push(path.relative(root, full).split(path.sep).join('/'));
    }
}
/** Every file of `templates/scaffold/` under its name in the project, plus the official CI workflow. */
export async function readScaffold() {
    const names = [];
    await walk(SCAFFOLD, SCAFFOLD, names);
    const files = await Promise.all(names.map(async (name) => ({ name: projectName(name), text: await readFile(path.join(SCAFFOLD, name), 'utf8') })));
    files.push({ name: WORKFLOW, text: await readFile(CI_WORKFLOW, 'utf8') });
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** The version of masterplan itself, which a new project's package.json asks for. */
export async function ownVersion() {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    const version = manifest && typeof manifest === 'object' && 'version' in manifest ? manifest.version : undefined;
    return typeof version === 'string' ? version : '0.1.0';
}
