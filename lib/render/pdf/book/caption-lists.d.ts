import type { Caption } from '../blocks/context.ts';
import type { Box } from '../flow/box.ts';
import type { BookContext } from './context.ts';
/** Daftar Tabel or Daftar Gambar: a title and its numbered captions. */
export interface CaptionList {
    kind: 'tables' | 'figures';
    title: string;
    items: Caption[];
}
/** Mark of a list's page. */
export declare function captionListId(kind: CaptionList['kind']): string;
/** The lists the book needs: tables and figures, each only when there is one. */
export declare function captionLists(bc: BookContext): CaptionList[];
/** Entries of a caption list: "Tabel 4.2", caption, dot leaders, page, each a link. */
export declare function captionListBoxes(bc: BookContext, list: CaptionList): Box[];
