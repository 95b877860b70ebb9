import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/render/pdf/text/break-lines.ts';
import { cachedLines, keptLines, spendLines, startDocument, type LineRequest } from '../../src/render/pdf/text/line-cache.ts';
import type { Run } from '../../src/render/pdf/text/style.ts';

/** A paragraph's request; each layout makes its own runs (and link objects), equal in value. */
function request(text: string): LineRequest {
  const runs: Run[] = [{ text, style: { font: 'regular', size: 10, color: '#000', link: { dest: 'x' } } }];
  return { fontsKey: 'f', runs, width: 200, firstWidth: 200, justify: true, onlyOverlong: false };
}

/** Lines as a layout would set them: fragments that carry the runs' own style objects. */
function setter(req: LineRequest, counter: { sets: number }): () => Line[] {
  return () => {
    counter.sets++;
    return [{ frags: req.runs.map((r) => ({ text: r.text, style: r.style, x: 0, width: 50, gapsBefore: 0, gaps: 0 })), width: 50, gaps: 0, last: true }];
  };
}

/** One layout of a book asking for these paragraphs, in order: what each call got. */
function layout(texts: readonly string[], counter: { sets: number }): Line[][] {
  return texts.map((t) => {
    const req = request(t);
    return cachedLines(req, setter(req, counter));
  });
}

describe('the line cache of a build that makes one PDF', () => {
  const texts = ['Satu.', 'Dua.', 'Satu.', 'Tiga.', 'Satu.'];

  it('hands the last layout the very lines of the first, as often as the first asked, and keeps none after', () => {
    startDocument();
    const counter = { sets: 0 };
    const first = layout(texts, counter);
    expect(counter.sets).toBe(3);
    expect(keptLines()).toBe(3);
    spendLines();
    const last = layout(texts, counter);
    // Not set again: the same fragments, so a link split over lines or pages stays one link.
    expect(counter.sets).toBe(3);
    last.forEach((lines, i) => expect(lines[0]!.frags[0]).toBe(first[i]![0]!.frags[0]));
    expect(keptLines()).toBe(0);
  });

  it('keeps every set for the next document when no spending is asked (watch)', () => {
    startDocument();
    const counter = { sets: 0 };
    layout(texts, counter);
    layout(texts, counter);
    startDocument();
    layout(texts, counter);
    expect(counter.sets).toBe(3);
    expect(keptLines()).toBe(3);
  });
});
