import { allPlaced, type Anchor, type LaidPage } from '../flow/page.ts';
import { Numbering } from './numbering.ts';

/**
 * What painting needs to know before the first page is drawn, gathered from a first
 * layout whose pages are dropped as they finish: where every mark lands (the contents
 * and cross-references print later pages' numbers) and how the pages are numbered.
 */
export class Survey {
  readonly anchors = new Map<string, Anchor>();
  private readonly styles: Pick<LaidPage, 'style'>[] = [];

  /** Take note of one finished page (a Flow sink). */
  add(page: LaidPage): void {
    this.styles.push({ style: page.style });
    for (const { box, y } of allPlaced(page)) {
      for (const mark of box.marks ?? []) if (!this.anchors.has(mark.id)) this.anchors.set(mark.id, { page: page.index, y });
    }
  }

  /** How many pages the book has. */
  get pageCount(): number {
    return this.styles.length;
  }

  /** The printed page numbers. */
  numbering(): Numbering {
    return new Numbering(this.styles);
  }
}
