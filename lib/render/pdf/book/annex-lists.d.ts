import type { Box } from '../flow/box.ts';
import type { BookContext } from './context.ts';
/** Daftar Inisiatif: every initiative with its lead OPD, years, budget, quick-win mark and page. */
export declare function initiativeList(bc: BookContext): Box[];
/** The quick wins with dimension, lead OPD, years, budget and page, and their total budget. */
export declare function quickWinTable(bc: BookContext): Box[];
/** Matriks Indikator: every KPI with its initiative, target and year. */
export declare function indicatorTable(bc: BookContext): Box[];
