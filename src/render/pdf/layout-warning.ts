/** A problem found while laying out a block, at its line in the Markdown file (kept apart so the library's types need nothing of pdfkit). */
export interface LayoutWarning {
  problem: 'table-too-wide';
  file?: string;
  line: number;
  column: number;
}
