import type { Book } from '../../../model/book.ts';
import type { FontSet } from '../fonts.ts';
import { collectAnchors, type LaidPage } from '../flow/page.ts';
import { addOutlineItem, type Doc, type OutlineItem } from '../pdfkit-internals.ts';
import { leftEdge, type Geometry, type Theme } from '../theme.ts';
import { draftMark, furniture } from './furniture.ts';
import { Numbering } from './numbering.ts';
import { Painter } from './painter.ts';

/** Bookmarks: level 0 under the root, level 1 under the latest level 0. */
class Outline {
  private chapter: OutlineItem | undefined;

  constructor(private readonly doc: Doc, private readonly pageWidth: number) {}

  add(title: string, level: number, top: number): void {
    const parent = level === 0 || !this.chapter ? this.doc.outline : this.chapter;
    const item = addOutlineItem(parent, title, top, this.pageWidth);
    if (level === 0) this.chapter = item;
  }
}

/** Draw every laid-out page: furniture, marks (destinations, bookmarks), boxes, then the text. */
export function paintPages(doc: Doc, pages: readonly LaidPage[], env: { book: Book; theme: Theme; fonts: FontSet; g: Geometry; draftLabel: string; onPage?: (done: number, total: number) => void }): Numbering {
  const numbering = new Numbering(pages);
  const painter = new Painter(doc, env.fonts, env.g, collectAnchors(pages), (i) => numbering.label(i));
  const outline = new Outline(doc, env.g.width);
  const f = { theme: env.theme, g: env.g, draft: env.book.draft, draftLabel: env.draftLabel };
  const named = new Set<string>();
  for (const page of pages) {
    doc.addPage({ size: [env.g.width, env.g.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    if (env.book.draft) draftMark(doc, f);
    furniture(painter, page, numbering.label(page.index), f);
    const x = leftEdge(env.g, page.index + 1);
    for (const { box, y } of page.placed) {
      for (const mark of box.marks ?? []) {
        if (!named.has(mark.id)) doc.addNamedDestination(mark.id, 'XYZ', null, y, null);
        named.add(mark.id);
        if (mark.outline) outline.add(mark.outline.title, mark.outline.level, y);
      }
      box.paint?.(painter, x, y);
    }
    painter.flush(env.g.height);
    env.onPage?.(page.index + 1, pages.length);
  }
  return numbering;
}
