import type { LaidPage } from '../flow/page.ts';
import type { Doc } from '../pdfkit-internals.ts';
import { type Geometry, type Theme } from '../theme.ts';
import type { Painter } from './painter.ts';
/** What page furniture needs to know about the book. */
export interface FurnitureContext {
    theme: Theme;
    g: Geometry;
    draft: boolean;
    draftLabel: string;
}
/** The diagonal KONSEP mark, light grey under the page content. */
export declare function draftMark(doc: Doc, f: FurnitureContext): void;
/** Running head (book title left, chapter right, thin rule) and folio at the outer edge. */
export declare function furniture(p: Painter, page: LaidPage, label: string, f: FurnitureContext): void;
