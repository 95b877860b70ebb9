/** Compress sorted code points into [first, last] ranges. */
export declare function toRanges(codePoints: Iterable<number>): [number, number][];
/** Expand [first, last] ranges into a set of code points. */
export declare function fromRanges(ranges: readonly (readonly [number, number])[]): Set<number>;
