import type { Dimension, DimensionId, Labelled } from '../domain/dimensions.ts';
/** Resolves dimension and element names as people write them ("Smart Governance", "governance", "Pelayanan Publik"). */
export declare class DimensionIndex {
    readonly dimensions: readonly Dimension[];
    private readonly byKey;
    constructor(dimensions: readonly Dimension[]);
    /** The dimension a name refers to. */
    resolve(name: string): Dimension | undefined;
    /** The dimension id closest to a misspelt name ("smart goverment" → smart-governance). */
    suggest(name: string): DimensionId | undefined;
    /** The element of a dimension a name refers to, by id or by name in either language. */
    element(dimension: Dimension, name: string): Labelled | undefined;
    /** The element id of a dimension closest to a misspelt name. */
    suggestElement(dimension: Dimension, name: string): string | undefined;
    /** Another dimension that has an element of this name, when the author filed it under the wrong one. */
    elementElsewhere(dimension: Dimension, name: string): {
        dimension: Dimension;
        element: Labelled;
    } | undefined;
}
