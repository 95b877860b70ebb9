import { roman } from '../../../i18n/format.ts';
import type { LaidPage } from '../flow/page.ts';

/** Printed page numbers: roman from the cover (i), arabic from the first body page (1). */
export class Numbering {
  /** Physical index of page 1, or the page count when the book has no arabic part. */
  readonly firstArabic: number;

  constructor(pages: readonly Pick<LaidPage, 'style'>[]) {
    const first = pages.findIndex((p) => p.style.numbering === 'arabic');
    this.firstArabic = first < 0 ? pages.length : first;
  }

  /** The label of a physical page: "iv" or "12". */
  label(index: number): string {
    return index < this.firstArabic ? roman(index + 1, true) : String(index - this.firstArabic + 1);
  }

  /** The /PageLabels number tree: lower-case roman, then decimal from page 1. */
  pdfNums(pageCount: number): unknown[] {
    const nums: unknown[] = [0, { S: 'r' }];
    if (this.firstArabic < pageCount) nums.push(this.firstArabic, { S: 'D' });
    return nums;
  }
}
