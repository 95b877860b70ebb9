import type { PlacedInitiative } from '../../../model/book.ts';
import type { Box } from '../flow/box.ts';
import { type BookContext } from './context.ts';
/** The facts block: a two-column table (label in grey, value in body text), kept with the title. */
export declare function factsBoxes(bc: BookContext, i: PlacedInitiative, colour: string): Box[];
