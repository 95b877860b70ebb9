import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import type { Book, BookKind } from '../../src/model/book.ts';
import { write } from '../../src/pipeline/write.ts';
import { htmlPieces, renderHtml, streamHtml } from '../../src/render/html/index.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import type { Piece, Slot } from '../../src/render/html/stream.ts';
import { runCli, tempDir } from '../helpers/cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

type Node = Root | RootContent;

/** Put `inner` where the slot comment sits in `node` (the shell is rendered afresh, so it can be changed). */
function fill(node: Node, slot: Slot, inner: ElementContent[]): boolean {
  if (!('children' in node)) return false;
  const at = node.children.findIndex((c) => c.type === 'comment' && c.value === slot.node.value);
  if (at >= 0) {
    node.children.splice(at, 1, ...inner);
    return true;
  }
  return node.children.some((c) => fill(c, slot, inner));
}

/** The one tree the pieces stand for: every shell filled with its pieces, as the page was built before it streamed. */
async function materialise(piece: Piece, slot: Slot): Promise<Node[]> {
  if (piece === null || piece === undefined) return [];
  if (typeof piece === 'function') return materialise(await piece(), slot);
  if (Array.isArray(piece)) return (await Promise.all((piece as readonly Piece[]).map((p) => materialise(p, slot)))).flat();
  if ('shell' in piece) {
    const inner = (await materialise(piece.inner, slot)) as ElementContent[];
    expect(fill(piece.shell, slot, inner)).toBe(true);
    return [piece.shell];
  }
  return [piece as ElementContent];
}

async function oneTree(book: Book, kind: BookKind): Promise<string> {
  const pieces = htmlPieces(book, kind);
  const [root] = await materialise(pieces.page, pieces.slot);
  // Articles come as raw HTML serialised once (page/article-cache.ts), as the page writes them.
  return toHtml(root as Root, { upperDoctype: true, allowDangerousHtml: true }).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, '');
}

describe('the HTML page is written piece by piece', () => {
  let book: Book;
  beforeAll(async () => {
    book = (await loadBook({ cwd: ROOT, content: 'content' })).book;
  });

  it.each(['satu', 'ringkasan', 'pratinjau'] as const)('the streamed %s page is the page built as one tree, byte for byte', async (kind) => {
    const chunks: string[] = [];
    for await (const chunk of streamHtml(book, kind).chunks) chunks.push(chunk);
    const streamed = chunks.join('');
    expect(streamed).toBe(await oneTree(book, kind));
    expect(streamed).toBe((await renderHtml(book, kind)).html);
    // Many pieces: no chunk is the book, and none leaks a slot marker.
    expect(chunks.length).toBeGreaterThan(kind === 'ringkasan' ? 3 : book.initiatives.length);
    expect(streamed).not.toContain('mp-slot-');
    expect(streamed.endsWith('</html>')).toBe(true);
  });

  it('build writes the same page as renderHtml, and the PDF (written slab by slab) as renderPdf', async () => {
    const out = await tempDir('masterplan-stream-');
    const result = await runCli(['build', '--out', out], ROOT, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(result.code).toBe(0);
    expect(await readFile(path.join(out, 'buku-satu.html'), 'utf8')).toBe((await renderHtml(book)).html);
    expect((await readFile(path.join(out, 'buku-satu.pdf'))).equals(await renderPdf(book, { sourceDateEpoch: 1700000000 }))).toBe(true);
  }, 120_000);
});

describe('a streamed file that fails half way', () => {
  it('leaves the old book untouched and no half-written file or staging folder', async () => {
    const out = await tempDir('masterplan-stream-fail-');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'buku-satu.html'), 'edisi lama');
    async function* page(): AsyncGenerator<string> {
      yield '<!DOCTYPE html><html>';
      yield 'x'.repeat(3 << 20);
      throw new Error('the disk is full');
    }
    const files = [{ name: 'buku-satu.pdf', data: Buffer.from('%PDF-') }, { name: 'buku-satu.html', data: page() }];
    await expect(write(out, files)).rejects.toThrow('the disk is full');
    expect(await readFile(path.join(out, 'buku-satu.html'), 'utf8')).toBe('edisi lama');
    expect(existsSync(path.join(out, 'buku-satu.pdf'))).toBe(false);
    expect(readdirSync(out)).toEqual(['buku-satu.html']);
  });

  it('writes a streamed file whole, and files named after it', async () => {
    const out = await tempDir('masterplan-stream-ok-');
    let made = 0;
    async function* page(): AsyncGenerator<string | Buffer> {
      for (let n = 0; n < 300; n++, made++) yield n % 2 ? `é${'a'.repeat(9999)}` : Buffer.from('b'.repeat(10000));
    }
    function* files() {
      yield { name: 'buku-satu.html', data: page() };
      // Only known once the page is made, as the assets of a streamed page are.
      yield { name: `assets/${made}.txt`, data: 'x' };
    }
    expect(await write(out, files())).toEqual([path.join(out, 'buku-satu.html'), path.join(out, 'assets', '300.txt')]);
    const html = await readFile(path.join(out, 'buku-satu.html'), 'utf8');
    expect(html.length).toBe(300 * 10000);
    expect(html.startsWith(`${'b'.repeat(10000)}é`)).toBe(true);
  });
});
