import type { FontSet } from '../fonts.ts';
import type { Anchor } from '../flow/page.ts';
import { type Doc } from '../pdfkit-internals.ts';
import type { Line } from '../text/break-lines.ts';
import type { Link, TextStyle } from '../text/style.ts';
import type { Geometry } from '../theme.ts';
/** Horizontal alignment of a line within its measure. */
export type Align = 'left' | 'right' | 'center' | 'justify';
/**
 * What boxes draw with: text, fills, rules, images, links. Text is collected and
 * written once per page after the graphics, so tints and panels sit behind it.
 */
export declare class Painter {
    readonly doc: Doc;
    readonly fonts: FontSet;
    readonly g: Geometry;
    private readonly anchors;
    private readonly labelOf;
    private texts;
    constructor(doc: Doc, fonts: FontSet, g: Geometry, anchors: ReadonlyMap<string, Anchor>, labelOf: (page: number) => string);
    /** Printed page number of the page a mark landed on, if it exists. */
    pageLabel(id: string): string | undefined;
    /** Whether a named place exists (links to missing places are dropped). */
    has(id: string): boolean;
    /** Baseline of a line of `size` text centred in a line box of `leading`. */
    baseline(top: number, leading: number, size: number): number;
    /** Draw a single piece of text with its baseline at `baseline`. */
    text(text: string, style: TextStyle, x: number, baseline: number): void;
    /** A page number looked up now that layout is done, right-aligned at `right`. */
    private pageNumber;
    /** Draw one set line in a line box at `top`. */
    line(line: Line, x: number, top: number, leading: number, width: number, align: Align): void;
    /** Inline-code tint, strike-through, underline and link area of a fragment. */
    private decorate;
    /** A filled rectangle, optionally with rounded corners. */
    fill(x: number, y: number, w: number, h: number, colour: string, radius?: number): void;
    /** An outlined rectangle. */
    outline(x: number, y: number, w: number, h: number, colour: string, width: number): void;
    /** A straight line. */
    rule(x1: number, y1: number, x2: number, y2: number, colour: string, width: number, dash?: [number, number]): void;
    /** A circle, filled or outlined (list bullets). */
    circle(cx: number, cy: number, r: number, colour: string, filled: boolean): void;
    /** A task-list box, ticked when `checked`. */
    checkbox(x: number, y: number, size: number, checked: boolean, colour: string): void;
    /** An image file scaled into the box. */
    image(file: string, x: number, y: number, w: number, h: number): void;
    /** A clickable area: a web address or a named place in the book. */
    link(x: number, y: number, w: number, h: number, link: Link): void;
    /** Write the page's collected text (call once per page, last). */
    flush(pageHeight: number): void;
}
