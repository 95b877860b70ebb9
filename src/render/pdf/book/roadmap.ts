import { theme } from '../theme.ts';
import { formatYears } from '../../../i18n/format.ts';
import type { PlacedInitiative } from '../../../model/book.ts';
import { roadmapSpan } from '../../../model/roadmap.ts';
import type { Box } from '../flow/box.ts';
import { tint } from '../paint/color.ts';
import type { Painter } from '../paint/painter.ts';
import { breakLines } from '../text/break-lines.ts';
import { plain } from '../text/inline.ts';
import type { TextStyle } from '../text/style.ts';
import type { BookContext } from './context.ts';

/** Column geometry of the roadmap: number, title, years as text, then one column per year. */
interface Grid {
  numberWidth: number;
  titleWidth: number;
  yearsWidth: number;
  yearX: (n: number) => number;
  yearWidth: number;
}

const { leading: LEADING, pad: PAD } = theme.roadmap;

function grid(bc: BookContext, years: number): Grid {
  const numberWidth = 34;
  const titleWidth = bc.g.measure * 0.38;
  const yearsWidth = 50;
  const yearWidth = (bc.g.measure - numberWidth - titleWidth - yearsWidth) / Math.max(1, years);
  return { numberWidth, titleWidth, yearsWidth, yearWidth, yearX: (n) => numberWidth + titleWidth + yearsWidth + n * yearWidth };
}

function headerBox(bc: BookContext, g: Grid, years: readonly number[], style: TextStyle): Box {
  return {
    height: 18,
    keep: true,
    paint: (p, x, y) => {
      p.fill(x, y, bc.g.measure, 18, tint(bc.accent, bc.theme.table.tint));
      p.text(bc.labels.initiative, style, x + g.numberWidth, y + 12);
      p.text(bc.labels.facts.years, style, x + g.numberWidth + g.titleWidth, y + 12);
      years.forEach((year, n) => {
        const label = String(year);
        p.text(label, style, x + g.yearX(n) + (g.yearWidth - bc.fonts.width(style.font, label, style.size)) / 2, y + 12);
      });
    },
  };
}

/** A bar over the years an initiative runs: solid for a quick win, a light tint with an outline for the rest. */
function spanBar(p: Painter, i: PlacedInitiative, colour: string, years: readonly number[], g: Grid, x: number, y: number): void {
  const span = roadmapSpan(i);
  if (!span) return;
  const from = years.indexOf(span.from);
  const to = years.indexOf(span.to);
  const left = x + g.yearX(from) + 2;
  const width = (to - from + 1) * g.yearWidth - 4;
  if (i.quickWin) p.fill(left, y, width, 7, colour, 1.5);
  else {
    p.fill(left, y, width, 7, tint(colour, 0.25), 1.5);
    p.outline(left, y, width, 7, colour, 0.6);
  }
}

function rowBox(bc: BookContext, i: PlacedInitiative, colour: string, years: readonly number[], g: Grid, style: TextStyle): Box {
  const lines = breakLines(bc.fonts, plain(i.title, { ...style, link: { dest: i.anchor } }), g.titleWidth - 6);
  const height = lines.length * LEADING + 2 * PAD;
  return {
    height,
    paint: (p, x, y) => {
      p.text(i.number, style, x, y + PAD + 8);
      lines.forEach((line, n) => p.line(line, x + g.numberWidth, y + PAD + n * LEADING, LEADING, g.titleWidth - 6, 'left'));
      p.text(formatYears(i.startYear, i.endYear) || '–', style, x + g.numberWidth + g.titleWidth, y + PAD + 8);
      for (let n = 1; n < years.length; n++) p.rule(x + g.yearX(n), y, x + g.yearX(n), y + height, bc.theme.colors.hairline, 0.4);
      spanBar(p, i, colour, years, g, x, y + PAD + 2);
      p.rule(x, y + height, x + bc.g.measure, y + height, bc.theme.colors.hairline, 0.4);
    },
  };
}

function groupBox(bc: BookContext, title: string, colour: string): Box {
  const style: TextStyle = { font: 'bold', size: 8.5, color: colour };
  return { height: 16, keep: true, paint: (p, x, y) => p.text(title, style, x, y + 12) };
}

/** Peta Jalan: every initiative as a bar over its years, grouped by dimension; the year header repeats on every page. */
export function roadmapBoxes(bc: BookContext): Box[] {
  const { years, groups } = bc.book.roadmap;
  const g = grid(bc, years.length);
  const style: TextStyle = { font: 'regular', size: 8, color: bc.theme.colors.text };
  const header = headerBox(bc, g, years, { ...style, font: 'bold' });
  const boxes: Box[] = [header];
  for (const group of groups) {
    if (group.initiatives.length === 0) continue;
    const chapter = bc.book.chapters.find((c) => c.dimension.id === group.dimension.id)!;
    boxes.push({ ...groupBox(bc, `${chapter.label}  ${chapter.title}`, group.dimension.colour), header });
    for (const i of group.initiatives) boxes.push({ ...rowBox(bc, i, group.dimension.colour, years, g, style), header });
  }
  return boxes;
}
