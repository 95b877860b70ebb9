import type { FundingRow } from '../../../model/recap.ts';
import type { Box } from '../flow/box.ts';
import type { BookContext } from './context.ts';
/** Rekapitulasi: initiatives, quick wins and budget per dimension, with totals. */
export declare function recapTable(bc: BookContext): Box[];
/** The name a funding row prints. */
export declare function fundingLabel(bc: BookContext, source: FundingRow['source']): string;
/** Budget per funding source, each initiative counted once, with totals. */
export declare function fundingTable(bc: BookContext): Box[];
/** Budget per dimension and year in millions of rupiah; lump sums in their own column. */
export declare function yearTable(bc: BookContext): Box[];
