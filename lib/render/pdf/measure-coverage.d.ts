/** Code point ranges the theme's body face draws, read from the font file itself (slow: loads fontkit). */
export declare function measureCoverage(): [number, number][];
