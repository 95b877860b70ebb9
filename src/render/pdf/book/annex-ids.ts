import type { BookContext } from './context.ts';

/**
 * Marks the renderer adds itself start with "_", which no initiative id can
 * (ids are [a-z0-9-]+), so `#id` links in Markdown always reach initiatives.
 */

/** Mark of the annexes' opening. */
export const ANNEX_ID = '_lampiran';

/** The three annexes in order: title and mark. */
export function annexTitles(bc: BookContext): { id: string; title: string }[] {
  return [
    { id: '_lampiran-quick-win', title: bc.labels.quickWinList },
    { id: '_lampiran-matriks-opd', title: bc.labels.opdMatrix },
    { id: '_lampiran-inisiatif-per-opd', title: bc.labels.initiativesPerOpd },
  ];
}
