import type { PageStyle } from '../flow/page.ts';
import type { BookContext } from './context.ts';
/** How a chapter opens: its label ("BAB IV"), title, colour, and what the running head says after it. */
export interface Opening {
    id: string;
    label?: string;
    title: string;
    colour: string;
    /** Running head on the chapter's following pages (right side). */
    head: string;
    numbering: PageStyle['numbering'];
    /** Bookmark; level 0. */
    outline?: string;
    /** Open on the next page rather than the next right-hand page (lists after the contents). */
    anyPage?: boolean;
}
/** Start a chapter on a new right-hand page: its opening block, then running heads for the pages after. */
export declare function openChapter(bc: BookContext, o: Opening): void;
