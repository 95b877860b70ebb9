import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { forgetPositions } from '../../src/app/forget-positions.ts';
import type { Book } from '../../src/model/book.ts';
import { parseMarkdown } from '../../src/pipeline/parse.ts';

const BODY = '## Latar Belakang\n\nTeks dengan **tebal** dan [tautan](https://contoh.id).\n\n| Kegiatan | Tahun |\n| --- | --- |\n| Survei | 2020 |\n\n- satu\n- dua\n';

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((c) => all(c)) : [])];
}

/** Only the parts of a book that hold Markdown trees. */
function bookOf(initiative: Root, chapter: Root, intro: Root): Book {
  const parts = { initiatives: [{ body: initiative }], front: [{ body: chapter }], back: [], chapters: [{ intro: { body: intro } }] };
  return parts as unknown as Book;
}

describe('a checked book rendered once lets go of where its nodes stood', () => {
  it('keeps only the tables\' positions (layout warnings point at them), in every body of the book', () => {
    const trees = [parseMarkdown(BODY), parseMarkdown(BODY), parseMarkdown(BODY)];
    const before = all(trees[0]!).filter((n) => n.position).length;
    expect(before).toBeGreaterThan(10);
    forgetPositions(bookOf(trees[0]!, trees[1]!, trees[2]!));
    for (const tree of trees) {
      const kept = all(tree).filter((n) => n.position);
      expect(kept.map((n) => n.type)).toEqual(['table']);
      expect(kept[0]!.position!.start.line).toBe(5);
    }
  });
});
