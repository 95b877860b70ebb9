import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/render/pdf/flow/box.ts';
import { Flow } from '../../src/render/pdf/flow/flow.ts';
import type { LaidPage } from '../../src/render/pdf/flow/page.ts';
import { Survey } from '../../src/render/pdf/paint/survey.ts';
import type { Geometry } from '../../src/render/pdf/theme.ts';

/** A text block 300 pt tall. */
const g: Geometry = { width: 300, height: 400, top: 50, bottom: 350, inner: 40, outer: 40, measure: 220 };
const SEPARATOR: Box = { height: 10 };

const line = (id: string, extra: Partial<Box> = {}): Box => ({ height: 20, marks: [{ id }], ...extra });

/** A run that breaks pages every way the paginator knows: overflow, kept lines, a note, a recto opening, a turned page. */
function lay(flow: Flow): void {
  flow.addAll(Array.from({ length: 40 }, (_, i) => line(`a${i}`, i === 12 ? { keep: true, notes: [[{ height: 10, marks: [{ id: 'n1' }] }]] } : {})));
  flow.newPage({ recto: true, style: { numbering: 'arabic' } });
  flow.addAll([line('b0'), { ...line('wide'), height: 120, landscape: true }, line('b1')]);
  flow.addAll(Array.from({ length: 30 }, (_, i) => line(`c${i}`)));
}

const marks = (page: LaidPage) => [...page.placed, ...(page.notes ?? [])].flatMap((p) => (p.box.marks ?? []).map((m) => `${m.id}@${p.y}`));

describe('a flow that hands each finished page on (the PDF is painted while it is laid out)', () => {
  it('hands on the very pages a flow that keeps them lays out, each once, in order, and keeps none', () => {
    const kept = new Flow(g, SEPARATOR);
    lay(kept);
    const handed: LaidPage[] = [];
    const sunk = new Flow(g, SEPARATOR, (page) => handed.push(page));
    lay(sunk);
    // The last page is handed on only when the layout says it is done.
    expect(handed).toHaveLength(kept.pages.length - 1);
    sunk.finish();
    expect(sunk.pages).toEqual([]);
    expect(sunk.pageCount).toBe(kept.pages.length);
    expect(handed.map((p) => p.index)).toEqual(kept.pages.map((_, i) => i));
    expect(handed.map((p) => p.style)).toEqual(kept.pages.map((p) => p.style));
    expect(handed.map(marks)).toEqual(kept.pages.map(marks));
    expect(kept.pages.some((p) => p.style.landscape) && kept.pages.some((p) => p.style.blank)).toBe(true);
  });

  it('a survey of the handed pages knows where each mark landed first and how pages are numbered', () => {
    const survey = new Survey();
    const flow = new Flow(g, SEPARATOR, (page) => survey.add(page));
    lay(flow);
    flow.finish();
    expect(survey.pageCount).toBe(flow.pageCount);
    expect(survey.anchors.get('a0')).toEqual({ page: 0, y: g.top });
    expect(survey.anchors.get('b0')?.page).toBe(4);
    const numbering = survey.numbering();
    expect([0, 1, 2, 3, 4, 5].map((i) => numbering.label(i))).toEqual(['i', 'ii', 'iii', 'iv', '1', '2']);
  });
});
