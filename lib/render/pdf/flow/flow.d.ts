import type { Geometry } from '../theme.ts';
import type { Box } from './box.ts';
import type { LaidPage, PageStyle } from './page.ts';
/**
 * The paginator: places boxes top to bottom and breaks pages. At an overflow it
 * backs up to the last box that allows a break after it (`keep` chains headings to
 * their first lines and paragraph lines against widows and orphans), carries the
 * rest over, and repeats a table's header row on the new page.
 */
export declare class Flow {
    readonly g: Geometry;
    readonly pages: LaidPage[];
    /** Style for pages opened from now on. */
    style: PageStyle;
    private page;
    private y;
    private keepCount;
    constructor(g: Geometry);
    /** Height of the text block. */
    get frame(): number;
    /** Space left on the current page. */
    get remaining(): number;
    /** Physical index of the page being filled (-1 before the first). */
    get pageIndex(): number;
    /** Start a new page, on the right-hand side when `recto` (a blank left page is inserted). */
    newPage(options?: {
        recto?: boolean;
        style?: Partial<PageStyle>;
    }): void;
    /** Place boxes in order. */
    addAll(boxes: readonly Box[]): void;
    /** Place one box, breaking the page before it when it does not fit. */
    add(input: Box): void;
    /** The boxes after the last legal break on a full page, removed from it. */
    private takeCarry;
    /** Apply a heading's "keep with the next n lines" to the boxes that follow it (as copies). */
    private withKeeps;
    private open;
    private place;
}
