import type { Element } from 'hast';
import type { PlacedInitiative } from '../../../model/book.ts';
/** The facts block under an initiative's title: a definition list of the model's rows. */
export declare function factsBlock(i: PlacedInitiative): Element;
