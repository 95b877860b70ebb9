import { type Box } from '../flow/box.ts';
import { type CaptionList } from './caption-lists.ts';
import type { BookContext } from './context.ts';
/** The boxes of the Daftar Isi: chapters bold, sections and initiatives indented, each a link. */
export declare function contentsBoxes(bc: BookContext, lists: readonly CaptionList[]): Box[];
