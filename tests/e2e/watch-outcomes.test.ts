import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { createStageCache } from '../../src/watch/cache.ts';
import { removeScratch, scratch } from '../helpers/git-book.ts';
import { copyExampleBook } from '../helpers/git-repo.ts';

afterAll(removeScratch);

const KEPT = 'content/initiatives/smart-governance/ape-keje.md';
const EDITED = 'content/initiatives/smart-governance/pindai.md';

/** The agency object of an initiative of the loaded book: made anew whenever its file is checked. */
const opdOf = (book: Awaited<ReturnType<typeof loadBook>>['book'], file: string) => book.initiatives.find((i) => i.file === file)!.opd;

describe("watch's loads", () => {
  it('check a file again only when it or book.yml changed, with the problems of a fresh check', async () => {
    const dir = await scratch('masterplan-watch-outcomes-');
    await copyExampleBook(dir);
    const stages = createStageCache();
    const first = await loadBook({ cwd: dir, stages });
    const second = await loadBook({ cwd: dir, stages });
    expect(second.diagnostics).toEqual(first.diagnostics);
    // The unchanged file's outcome is the one kept from the first load.
    expect(opdOf(second.book, KEPT)).toBe(opdOf(first.book, KEPT));

    const edited = path.join(dir, EDITED);
    await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^opd: .*$/m, 'opd: dinas-yang-tidak-ada'));
    stages.invalidate([edited]);
    const afterEdit = await loadBook({ cwd: dir, stages });
    expect(afterEdit.diagnostics).toEqual((await loadBook({ cwd: dir })).diagnostics);
    expect(afterEdit.diagnostics.some((d) => d.file === EDITED && d.rule === 'opd-unknown')).toBe(true);
    expect(opdOf(afterEdit.book, KEPT)).toBe(opdOf(first.book, KEPT));

    // Another book.yml: every file is checked again under it.
    const bookYml = path.join(dir, 'content/book.yml');
    await writeFile(bookYml, (await readFile(bookYml, 'utf8')).replace(/^status: .*$/m, 'status: final'));
    stages.invalidate([bookYml]);
    const afterBook = await loadBook({ cwd: dir, stages });
    expect(afterBook.diagnostics).toEqual((await loadBook({ cwd: dir })).diagnostics);
    expect(opdOf(afterBook.book, KEPT)).not.toBe(opdOf(first.book, KEPT));
    expect(opdOf(afterBook.book, KEPT)).toEqual(opdOf(first.book, KEPT));
  });
});
