import type { LaidPage } from '../flow/page.ts';

/**
 * Pages a first layout keeps so they can be painted without laying the book out again.
 * A second layout costs a sixth of a build's CPU; kept pages cost memory (18 MB for the
 * 1,152 pages of a 1,000-initiative book), so only a book up to this many pages keeps
 * them: a national compilation is laid out twice and its memory stays bounded.
 */
export const KEEP_PAGES = 3000;

/** The first layout's pages, until there are more than the limit: then none are kept. */
export class KeptPages {
  private pages: LaidPage[] | undefined = [];

  constructor(private readonly limit: number) {}

  /** Keep one finished page (a Flow sink), or let all go once the book is too long. */
  add(page: LaidPage): void {
    if (!this.pages) return;
    if (this.pages.length < this.limit) this.pages.push(page);
    else this.pages = undefined;
  }

  /** The kept pages, handed over once; undefined when the book was too long to keep. */
  take(): LaidPage[] | undefined {
    const pages = this.pages;
    this.pages = undefined;
    return pages;
  }
}
