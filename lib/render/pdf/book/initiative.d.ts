import type { PlacedInitiative } from '../../../model/book.ts';
import type { Box } from '../flow/box.ts';
import type { Painter } from '../paint/painter.ts';
import type { TextStyle } from '../text/style.ts';
import { type BookContext } from './context.ts';
/** Width of the hanging column for a heading number ("4.1.12"). */
export declare function numberColumn(bc: BookContext, number: string, style: TextStyle): number;
/** The "QUICK WIN" badge: white capitals on a filled rounded box in the chapter colour. */
export declare function badge(bc: BookContext, colour: string): {
    width: number;
    paint: (p: Painter, x: number, baseline: number) => void;
};
/** One initiative: title, facts block (kept with the title), body, footnotes. */
export declare function initiativeBoxes(bc: BookContext, i: PlacedInitiative, colour: string): Box[];
