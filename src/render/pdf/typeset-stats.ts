/** How evenly the justified text was set: lines, and lines whose word spaces stretched past 1.8 times their width (or were left ragged for it). */
export interface TypesetStats {
  justified: number;
  loose: number;
}
