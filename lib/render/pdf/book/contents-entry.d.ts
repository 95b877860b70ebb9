import type { Box } from '../flow/box.ts';
import type { TextStyle } from '../text/style.ts';
import type { BookContext } from './context.ts';
/** One line of a contents list: a number column, a title that may wrap, dot leaders, a page number. */
export interface EntrySpec {
    x: number;
    numberWidth: number;
    number?: string;
    title: string;
    /** Mark whose printed page number is shown and to which the entry links. */
    target: string;
    style: TextStyle;
    numberStyle?: TextStyle;
    leading: number;
}
/**
 * A contents entry as one box. The page number is looked up when painting (the page
 * of `target` is known only after layout); the whole entry is a link to its target.
 */
export declare function entryBox(bc: BookContext, e: EntrySpec): Box;
