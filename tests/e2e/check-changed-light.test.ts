import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { runCli } from '../helpers/cli.ts';
import { brief, removeScratch, scratch } from '../helpers/git-book.ts';
import { commitAll, copyExampleBook, git, initRepo, isolateGit, writeFiles } from '../helpers/git-repo.ts';

/** Unchanged files that link to `tanjak`, each in one of the ways a `#id` link can be written, and the line reported. */
const LINKING: Record<string, { text: string; line: number }> = {
  biasa: { text: 'Lihat [Tanjak](#tanjak).', line: 8 },
  kurung: { text: 'Lihat [Tanjak](<#tanjak>).', line: 8 },
  entitas: { text: 'Lihat [Tanjak](&#35;tanjak).', line: 8 },
  miring: { text: 'Lihat [Tanjak](\\#tanjak).', line: 8 },
  baris: { text: 'Lihat [Tanjak](\n#tanjak).', line: 8 },
  // A reference link is reported where its target is defined.
  rujukan: { text: 'Lihat [Tanjak][t].\n\n[t]:\n  #tanjak', line: 10 },
};
const linkFile = (name: string) => `content/initiatives/smart-living/tautan-${name}.md`;
const linking = (name: string, text: string) => `---\ntitle: Tautan ${name}\ndimension: smart-living\nopd: diskominfo\n---\n## Latar Belakang\n\n${text}\n\n## Tujuan\n\nTeks.\n`;
/** An unchanged file with a problem of its own body, which --changed does not report. */
const BODY_PROBLEM = 'content/initiatives/smart-living/tanpa-tujuan.md';

let repo: string;

beforeAll(async () => {
  isolateGit();
  repo = await initRepo(path.join(await scratch('masterplan-light-'), 'buku'));
  await copyExampleBook(repo);
  await writeFiles(repo, { ...Object.fromEntries(Object.entries(LINKING).map(([name, { text }]) => [linkFile(name), linking(name, text)])), [BODY_PROBLEM]: `---\ntitle: Tanpa Tujuan\ndimension: smart-living\nopd: diskominfo\n---\n## Latar Belakang\n\nTeks.\n` });
  await commitAll(repo, 'buku');
  await git(repo, 'checkout', '-q', '-b', 'hapus-tanjak');
  await rm(path.join(repo, 'content/initiatives/smart-governance/tanjak.md'));
  await commitAll(repo, 'tanjak dihapus');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await removeScratch();
});

async function found(...args: string[]): Promise<string[]> {
  const result = await runCli(['check', '--format', 'json', '--no-cache', ...args], repo);
  return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics.map(brief);
}

describe('check --changed reads unchanged files lightly, and finds the same', () => {
  it('reports every #id link an unchanged file has to a deleted initiative, however written, at its line', async () => {
    const reported = (await found('--changed', '--base', 'main')).filter((d) => d.includes('/tautan-'));
    expect(reported).toEqual(Object.entries(LINKING).map(([name, { line }]) => `${linkFile(name)}:${line} link-unresolved`).sort());
  });

  it("reports what the full check reports of the links the deletion broke, and none of an unchanged file's own problems", async () => {
    const changed = await found('--changed', '--base', 'main');
    const full = await found();
    expect(full).toContain(`${BODY_PROBLEM}:6 required-section`);
    expect(changed).not.toContain(`${BODY_PROBLEM}:6 required-section`);
    expect(changed).toEqual(full.filter((d) => d.endsWith('link-unresolved')));
  });

  it('reads every file in full when book.yml changed', async () => {
    const book = path.join(repo, 'content/book.yml');
    await writeFile(book, `${await readFile(book, 'utf8')}\n# diubah\n`);
    try {
      expect(await found('--changed', '--base', 'main')).toEqual(await found());
    } finally {
      await git(repo, 'checkout', '--', 'content/book.yml');
    }
  });
});
