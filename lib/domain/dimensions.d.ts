/** The six Kominfo smart-city dimensions, in book order, with their default elements. */
export declare const DIMENSION_IDS: readonly ["smart-governance", "smart-branding", "smart-economy", "smart-living", "smart-society", "smart-environment"];
export type DimensionId = (typeof DIMENSION_IDS)[number];
/** A named thing with an Indonesian and an English label. */
export interface Labelled {
    id: string;
    name: {
        id: string;
        en: string;
    };
}
/** A dimension as the book uses it: title, colour and its elements. */
export interface Dimension extends Labelled {
    id: DimensionId;
    colour: string;
    elements: Labelled[];
}
/** Built-in defaults (domain.md); book.yml `dimensions:` may override titles and elements. */
export declare const DEFAULT_DIMENSIONS: readonly Dimension[];
