/** "#1F4E79" as PDF colour components 0..1. */
export declare function rgb(hex: string): [number, number, number];
/** A colour mixed with white: `amount` 0 = white, 1 = the colour (table header tints). */
export declare function tint(hex: string, amount: number): string;
/** A number as written into a content stream: short and deterministic. */
export declare function num(n: number): string;
/** The `rg` operator for a fill colour. */
export declare function fillOp(hex: string): string;
