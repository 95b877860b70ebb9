import type { Chart } from '../../../model/charts.ts';
import type { Box } from '../flow/box.ts';
import { structNode, tagAll } from '../flow/structure.ts';
import { tint } from '../paint/color.ts';
import type { Painter } from '../paint/painter.ts';
import type { TextStyle } from '../text/style.ts';
import type { BookContext } from './context.ts';

import { theme } from '../theme.ts';

/** Sizes of a bar chart, in points (the theme's). */
const { bar: BAR, rowGap: ROW_GAP, labelShare: LABEL_SHARE, valueRoom: VALUE_ROOM, legend: LEGEND } = theme.chart;

/** A bar of one series: solid, or a light tint with an outline so the two series differ in grayscale too. */
function bar(p: Painter, tone: 'solid' | 'light', colour: string, x: number, y: number, w: number): void {
  if (tone === 'solid') return p.fill(x, y, Math.max(w, 0.8), BAR, colour);
  p.fill(x, y, Math.max(w, 0.8), BAR, tint(colour, 0.28));
  p.outline(x, y, Math.max(w, 0.8), BAR, colour, 0.7);
}

function legend(bc: BookContext, chart: Chart, style: TextStyle): Box {
  return {
    height: LEGEND,
    keep: true,
    paint: (p, x, y) => {
      let at = x + bc.g.measure * LABEL_SHARE;
      for (const s of chart.series) {
        bar(p, s.tone, bc.theme.colors.muted, at, y + 3, 14);
        p.text(s.name, style, at + 18, y + 3 + BAR);
        at += 18 + bc.fonts.width(style.font, s.name, style.size) + 16;
      }
    },
  };
}

function row(bc: BookContext, chart: Chart, r: Chart['rows'][number], style: TextStyle, last: boolean): Box {
  const height = chart.series.length * (BAR + 2) + ROW_GAP;
  const labelWidth = bc.g.measure * LABEL_SHARE;
  const area = bc.g.measure - labelWidth - VALUE_ROOM;
  return {
    height,
    keep: !last,
    paint: (p, x, y) => {
      const middle = y + (chart.series.length * (BAR + 2)) / 2;
      p.text(r.label, style, x, middle + style.size * 0.35);
      chart.series.forEach((s, n) => {
        const top = y + n * (BAR + 2);
        const w = (r.values[n]! / chart.max) * area;
        bar(p, s.tone, r.colour, x + labelWidth, top, w);
        p.text(r.shown[n]!, style, x + labelWidth + w + 4, top + BAR - 0.5);
      });
    },
  };
}

/** A horizontal bar chart drawn as vectors: its title, a legend when it has two series, one row per label. */
export function chartBoxes(bc: BookContext, chart: Chart): Box[] {
  const style: TextStyle = { font: 'regular', size: 8, color: bc.theme.colors.text };
  const title: TextStyle = { font: 'bold', size: 9, color: bc.theme.colors.text };
  const boxes: Box[] = [{ height: 16, keep: true, paint: (p, x, y) => p.text(chart.title, title, x, y + 11) }];
  if (chart.series.length > 1) boxes.push(legend(bc, chart, style));
  chart.rows.forEach((r, n) => boxes.push(row(bc, chart, r, style, n === chart.rows.length - 1)));
  // Read aloud, the chart is its figures in words: "Anggaran per dimensi. Smart Governance: Rp1,2 M; …".
  const series = chart.series.map((s) => s.name);
  const rows = chart.rows.map((r) => `${r.label}: ${r.shown.map((v, n) => (series.length > 1 ? `${series[n]} ${v}` : v)).join(', ')}`);
  tagAll(boxes, structNode('Figure', { alt: `${chart.title}. ${rows.join('; ')}.` }));
  return [{ height: 10, glue: true }, ...boxes];
}
