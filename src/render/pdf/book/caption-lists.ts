import type { Caption } from '../blocks/context.ts';
import type { Box } from '../flow/box.ts';
import type { BookContext } from './context.ts';
import { entryBox } from './contents-entry.ts';
import { adopt, structNode } from '../flow/structure.ts';

/** Daftar Tabel or Daftar Gambar: a title and its numbered captions. */
export interface CaptionList {
  kind: 'tables' | 'figures';
  title: string;
  items: Caption[];
}

/** Mark of a list's page. */
export function captionListId(kind: CaptionList['kind']): string {
  return kind === 'tables' ? '_daftar-tabel' : '_daftar-gambar';
}

/** The lists the book needs: tables and figures, each only when there is one. */
export function captionLists(bc: BookContext): CaptionList[] {
  const lists: CaptionList[] = [
    { kind: 'tables', title: bc.labels.tables, items: bc.captions.tables },
    { kind: 'figures', title: bc.labels.figures, items: bc.captions.figures },
  ];
  return lists.filter((l) => l.items.length > 0);
}

/** Entries of a caption list: "Tabel 4.2", caption, dot leaders, page, each a link. */
export function captionListBoxes(bc: BookContext, list: CaptionList): Box[] {
  const style = { font: 'regular' as const, size: bc.theme.contents.size, color: bc.theme.colors.text };
  const numberStyle = { ...style, font: 'bold' as const };
  const numberWidth = Math.max(...list.items.map((c) => bc.fonts.width('bold', c.label, style.size))) + 12;
  return adopt(list.items.map((c) => entryBox(bc, { x: 0, numberWidth, number: c.label, title: c.caption, target: c.id, style, numberStyle, leading: bc.theme.contents.leading + 2 })), structNode('TOC'));
}
