import type { Box } from '../flow/box.ts';
import { type Run, type TextStyle } from '../text/style.ts';
import { type BookContext } from './context.ts';
/** What a heading inside a generated part says and where it is marked. */
export interface PartHeading {
    /** Small capitals above the title ("LAMPIRAN 1"). */
    kicker?: string;
    title: string;
    /** Named destination and bookmark (level 1). */
    mark?: {
        id: string;
        outline?: string;
    };
}
/** A section heading of a generated part (annex, summary table): kept with what follows. */
export declare function partHeading(bc: BookContext, h: PartHeading): Box[];
/** A paragraph of body text in the full measure (justified like the body, or as asked). */
export declare function paragraph(bc: BookContext, runs: Run[], options?: {
    size?: number;
    color?: string;
    align?: 'left' | 'justify';
}): Box[];
/** Table cell styles: body at table size, and bold. */
export declare function cellStyles(bc: BookContext): {
    cell: TextStyle;
    bold: TextStyle;
};
