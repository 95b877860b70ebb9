import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/render/pdf/flow/box.ts';
import { Flow } from '../../src/render/pdf/flow/flow.ts';
import { geometry } from '../../src/render/pdf/theme.ts';

const line = (name: string, extra: Partial<Box> = {}): Box => ({ height: 20, marks: [{ id: name }], ...extra });

/** Per page: whether it is landscape, and the names of its boxes. */
function layout(flow: Flow): { landscape: boolean; boxes: string[] }[] {
  return flow.pages.map((p) => ({ landscape: !!p.style.landscape, boxes: p.placed.flatMap((x) => x.box.marks?.map((m) => m.id) ?? []) }));
}

describe('landscape pages in the flow', () => {
  it('turns the paper for the boxes that ask for it, carries a kept heading along, and turns back for the text after', () => {
    const flow = new Flow(geometry('A4'));
    flow.addAll([line('before'), line('heading', { keepNext: 2 }), line('caption', { landscape: true, keep: true })]);
    // Taller than one landscape text block, shorter than a portrait one: the table continues on a second landscape page.
    const rows = Array.from({ length: 25 }, (_, n) => line(`row${n}`, { landscape: true }));
    flow.addAll([...rows, line('after')]);
    const pages = layout(flow);
    expect(pages.map((p) => p.landscape)).toEqual([false, true, true, false]);
    expect(pages[0]!.boxes).toEqual(['before']);
    expect(pages[1]!.boxes.slice(0, 3)).toEqual(['heading', 'caption', 'row0']);
    expect(pages[2]!.boxes.at(-1)).toBe('row24');
    expect(pages[3]!.boxes).toEqual(['after']);
    // A landscape text block is shorter than a portrait one and wider.
    expect(flow.landscapeFrame).toBeLessThan(flow.frame);
    expect(flow.turned.measure).toBeGreaterThan(flow.g.measure);
  });

  it('turns an empty page instead of leaving it blank', () => {
    const flow = new Flow(geometry('A4'));
    flow.newPage();
    flow.addAll([line('row', { landscape: true }), line('after')]);
    expect(layout(flow)).toEqual([{ landscape: true, boxes: ['row'] }, { landscape: false, boxes: ['after'] }]);
  });
});
