import { slugify } from '../domain/ids.ts';

/**
 * The anchors of one book. Every anchor is claimed here, in priority order, so an
 * initiative keeps its own id and anything claimed later that would collide gets a
 * numbered variant instead of a duplicate. Both editions use these anchors: the HTML as
 * element ids, the PDF as named destinations. Ids the renderers add for their own parts
 * contain `_` (never in a slug), so they cannot collide with these.
 */
export class IdRegistry {
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, string>();

  /** Claim an id for `key` (e.g. `initiative:<file>`), wanting `wanted`. */
  claim(key: string, wanted: string): string {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    this.byKey.set(key, id);
    return id;
  }

  /** Every id claimed so far. */
  get all(): ReadonlySet<string> {
    return this.taken;
  }
}

/** The anchors the book's generated parts want, claimed after the content's own. */
export const GENERATED_ANCHORS = {
  annexes: 'lampiran',
  initiatives: 'lampiran-daftar-inisiatif',
  quickWins: 'lampiran-quick-win',
  matrix: 'lampiran-matriks-opd-dimensi',
  perOpd: 'lampiran-inisiatif-per-opd',
  roadmap: 'lampiran-peta-jalan',
  indicators: 'lampiran-matriks-indikator',
  changes: 'lampiran-perubahan',
  approval: 'lembar-pengesahan',
  abbreviations: 'daftar-singkatan',
  summary: 'ringkasan-eksekutif',
} as const;

/** The anchor an OPD's row in the initiatives-per-OPD annex wants. */
export function opdAnchorWanted(id: string): string {
  return `opd-${slugify(id) || 'opd'}`;
}
