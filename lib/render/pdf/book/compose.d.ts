import type { BookKind } from '../../../model/book.ts';
import type { LaidPage } from '../flow/page.ts';
import type { BookContext } from './context.ts';
/** Mark of the Daftar Isi. */
export declare const CONTENTS_ID = "_daftar-isi";
/** The whole book laid out in reading order; nothing is drawn yet. */
export declare function composeBook(bc: BookContext, kind?: BookKind): LaidPage[];
