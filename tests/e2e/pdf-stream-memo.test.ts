import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import { rememberStreams, streamMemo } from '../../src/render/pdf/paint/stream-memo.ts';
import { copyFixture, ROOT } from '../helpers/cli.ts';
import { EPOCH, readPdf } from '../helpers/pdf.ts';

let dir = '';
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('watch compresses again only the streams an edit changed', () => {
  it('recalls most pages after an edit near the end of the book, and the bytes are those of a render without memory', async () => {
    dir = await copyFixture(path.join(ROOT, 'content'), 'masterplan-stream-memo-');
    const render = async () => renderPdf((await loadBook({ cwd: dir, content: 'content' })).book, { sourceDateEpoch: EPOCH });
    rememberStreams();
    await render();
    const file = path.join(dir, 'content/initiatives/smart-environment/pju-hemat-energi.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nLampu diganti bertahap mulai dari jalan protokol.\n`);
    const before = { ...streamMemo()!.counts };
    const edited = await render();
    const recalled = streamMemo()!.counts.recalled - before.recalled;
    const compressed = streamMemo()!.counts.compressed - before.compressed;
    const read = await readPdf(edited);
    const pages = read.pageCount;
    expect(read.text.join(' ')).toContain('Lampu diganti bertahap');
    expect(compressed).toBeGreaterThanOrEqual(1);
    // The edit moves a few pages of one chapter (and the font subsets): the rest are recalled.
    expect(recalled).toBeGreaterThan(pages * 0.6);
    expect(compressed).toBeLessThan(pages * 0.4);
    rememberStreams(false);
    expect(streamMemo()).toBeUndefined();
    expect((await render()).equals(edited)).toBe(true);
  }, 120_000);
});
