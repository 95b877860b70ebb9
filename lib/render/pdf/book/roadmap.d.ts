import type { Box } from '../flow/box.ts';
import type { BookContext } from './context.ts';
/** Peta Jalan: every initiative as a bar over its years, grouped by dimension; the year header repeats on every page. */
export declare function roadmapBoxes(bc: BookContext): Box[];
