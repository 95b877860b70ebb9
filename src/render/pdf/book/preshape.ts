import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { formatRupiah } from '../../../i18n/format.ts';
import type { BookContext } from './context.ts';
import { treeMemo } from './tree-memo.ts';

const CHUNK = 4000;

/** The text and code of a tree, once per tree (watch renders unchanged trees again and again). */
const treeText = treeMemo((root: Root): string[] => {
  const out: string[] = [];
  visit(root, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') out.push((node as { value: string }).value);
  });
  return out;
});

function markdownText(root: Root, out: string[]): void {
  for (const text of treeText(root)) out.push(text);
}

/** Every string the book prints from its data, roughly (what is missed is shaped later). */
function bookText(bc: BookContext): string[] {
  const out: string[] = [];
  const { book } = bc;
  for (const c of [...book.front, ...book.back]) out.push(c.title), markdownText(c.body, out);
  for (const chapter of book.chapters) if (chapter.intro) markdownText(chapter.intro.body, out);
  for (const i of book.initiatives) {
    out.push(i.title, i.number, i.opd.name, i.opd.short ?? '', ...i.partners, ...i.funding, ...i.supportingOpd.map((o) => o.short ?? o.name));
    for (const k of i.kpi) out.push(k.indicator, String(k.target));
    if (i.budget !== undefined) out.push(formatRupiah(i.budget, book.lang));
    markdownText(i.body, out);
  }
  return out;
}

/**
 * Shape the book's words in a few large batches before layout, in the body face that
 * prints most of them: part of fontkit's cost is per call, so this replaces thousands
 * of small calls (one per paragraph or table cell with a new word) by a handful.
 */
export function preshape(bc: BookContext): void {
  const words = [...new Set(bookText(bc).join(' ').normalize('NFC').split(/[ \t\r\n]+/))].filter(Boolean);
  for (let i = 0; i < words.length; i += CHUNK) {
    const chunk = words.slice(i, i + CHUNK);
    bc.fonts.prepare('regular', chunk);
  }
}
