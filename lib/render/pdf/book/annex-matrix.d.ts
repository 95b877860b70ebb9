import type { Box } from '../flow/box.ts';
import { type BookContext } from './context.ts';
/** OPD × dimension matrix: how many initiatives each OPD leads in each dimension, with totals, as the summary counts them. */
export declare function annexMatrix(bc: BookContext): Box[];
