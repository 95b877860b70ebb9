import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { geometry, theme } from '../../src/render/pdf/theme.ts';
import { footnoteRefs, footnoteStarts, pagesWith, readPdf, renderProject, ROOT, squash, type FootnoteRef, type ReadPdf, type TextItem } from '../helpers/pdf.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/pdf/footnotes');
const INITIATIVES = path.join(FIXTURE, 'content/initiatives');

/** Body text lines of a page (the running head, folio, notes and reference numbers are smaller). */
function bodyItems(items: readonly TextItem[]): TextItem[] {
  return items.filter((i) => !i.rotated && Math.abs(i.size - theme.body.size) < 0.05);
}

describe('PDF footnotes at the foot of the page of their reference', () => {
  let pdf: ReadPdf;
  let refs: FootnoteRef[];
  const sources = readdirSync(INITIATIVES).sort().map((f) => readFileSync(path.join(INITIATIVES, f), 'utf8'));

  beforeAll(async () => {
    pdf = await readPdf((await renderProject(FIXTURE)).pdf);
    refs = await footnoteRefs(pdf);
  }, 60_000);

  it('prints every note on the page of its reference (in a paragraph, a list item, a heading, a table head and cell), numbered per chapter', () => {
    // Smart Economy (BAB III) holds one note; Smart Living (BAB IV) starts again at 1: a paragraph, a list item, a heading, a column head, a cell.
    expect(refs.map((r) => r.number)).toEqual(['1', '1', '2', '3', '4', '5']);
    for (const r of refs) expect(r.notePage, r.dest).toBe(r.refPage);
    const starts = footnoteStarts(sources);
    expect(starts).toHaveLength(6);
    const at = new Map<FootnoteRef, number>();
    for (const start of starts) {
      const withNumber = refs.filter((r) => squash(pdf.text[r.notePage]!).includes(squash(`${r.number} ${start}`)));
      expect(withNumber, start).toHaveLength(1);
      at.set(withNumber[0]!, squash(pdf.text[withNumber[0]!.notePage]!).indexOf(squash(`${withNumber[0]!.number} ${start}`)));
    }
    // Notes that share a foot stand in the order of their numbers.
    for (let i = 1; i < refs.length; i++) {
      const [a, b] = [refs[i - 1]!, refs[i]!];
      if (a.notePage === b.notePage) expect(at.get(a)!, `${a.dest} before ${b.dest}`).toBeLessThan(at.get(b)!);
    }
  });

  it('links each reference number to its note and the note number back to the reference', async () => {
    for (const r of refs) {
      const back = r.dest.replace('_fn-', '_fnref-');
      expect(pdf.links[r.notePage]!.some((l) => l.dest === back), back).toBe(true);
      expect(await pdf.destPage(back)).toBe(r.refPage);
    }
  });

  it('cuts a note longer than a third of a page: its first lines stay with the reference, the rest opens the foot of the next page', () => {
    const [page] = pagesWith(pdf, 'Selisih dihitung dengan membandingkan');
    expect(page).toBe(refs[1]!.refPage);
    const ending = pagesWith(pdf, 'dimuat dalam buku petunjuk penggunaan aplikasi.');
    expect(ending).toEqual([page! + 1]);
    // On the next page the rest of the note sits at the foot, below that page's own text, and before its own notes.
    const next = pdf.items[page! + 1]!;
    const noteTop = Math.max(...next.filter((i) => squash(i.str).startsWith('Hasilpenelusuran') || squash(i.str).startsWith('Kamusdata')).map((i) => i.y));
    expect(noteTop).toBeLessThan(Math.min(...bodyItems(next).map((i) => i.y)));
    const own = next.find((i) => squash(i.str).startsWith('Pencatatandilakukan'))!;
    expect(own.y).toBeLessThan(noteTop);
    // The note is longer than a third of the text block: more than that many lines at the footnote leading.
    const g = geometry('A4');
    const lines = next.filter((i) => Math.abs(i.size - theme.footnote.size) < 0.05 && i.y <= noteTop && i.y > own.y).length;
    const firstPart = pdf.items[page!]!.filter((i) => Math.abs(i.size - theme.footnote.size) < 0.05).length;
    expect((lines + firstPart) * theme.footnote.leading).toBeGreaterThan((g.bottom - g.top) / 3);
  });

  it('moves a line whose note would not fit below it to the next page, where both are printed', () => {
    const r = refs[0]!;
    const [first] = bodyItems(pdf.items[r.refPage]!).sort((a, b) => b.y - a.y);
    expect(squash(first!.str)).toContain(squash('Angka kunjungan tersebut'));
    // The page before had room for that line (a paragraph gap and a line), not for the line and its note.
    const lowest = Math.min(...bodyItems(pdf.items[r.refPage - 1]!).map((i) => i.y));
    const g = geometry('A4');
    const descent = theme.body.leading / 2 - 4;
    const room = lowest - descent - (g.height - g.bottom);
    expect(room).toBeGreaterThan(theme.body.leading * (1 + theme.body.paragraphGap));
  });
});
