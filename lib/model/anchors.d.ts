/**
 * The anchors of one book. Every anchor is claimed here, in priority order, so an
 * initiative keeps its own id and anything claimed later that would collide gets a
 * numbered variant instead of a duplicate. Both editions use these anchors: the HTML as
 * element ids, the PDF as named destinations. Ids the renderers add for their own parts
 * contain `_` (never in a slug), so they cannot collide with these.
 */
export declare class IdRegistry {
    private readonly taken;
    private readonly byKey;
    /** Claim an id for `key` (e.g. `initiative:<file>`), wanting `wanted`. */
    claim(key: string, wanted: string): string;
    /** Every id claimed so far. */
    get all(): ReadonlySet<string>;
}
/** The anchors the book's generated parts want, claimed after the content's own. */
export declare const GENERATED_ANCHORS: {
    readonly annexes: "lampiran";
    readonly initiatives: "lampiran-daftar-inisiatif";
    readonly quickWins: "lampiran-quick-win";
    readonly matrix: "lampiran-matriks-opd-dimensi";
    readonly perOpd: "lampiran-inisiatif-per-opd";
    readonly roadmap: "lampiran-peta-jalan";
    readonly indicators: "lampiran-matriks-indikator";
    readonly approval: "lembar-pengesahan";
    readonly abbreviations: "daftar-singkatan";
    readonly summary: "ringkasan-eksekutif";
};
/** The anchor an OPD's row in the initiatives-per-OPD annex wants. */
export declare function opdAnchorWanted(id: string): string;
