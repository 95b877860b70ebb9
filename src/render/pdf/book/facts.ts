import type { PlacedInitiative } from '../../../model/book.ts';
import type { Opd } from '../../../config/opd-registry.ts';
import { formatRupiah, formatYears } from '../../../i18n/format.ts';
import type { Box } from '../flow/box.ts';
import { layoutTable } from '../table/layout-table.ts';
import { plain } from '../text/inline.ts';
import { withStyle, type Run, type TextStyle } from '../text/style.ts';
import { bodyStyle, type BookContext } from './context.ts';

/** "Dinas Komunikasi dan Informatika (Diskominfo)". */
export function opdFull(opd: Opd): string {
  return opd.short && opd.short !== opd.name ? `${opd.name} (${opd.short})` : opd.name;
}

function horizon(bc: BookContext, i: PlacedInitiative): string {
  const years = formatYears(i.startYear, i.endYear);
  const name = i.horizon ? bc.labels.horizon[i.horizon] : '';
  return name && years ? `${name} (${years})` : name || years;
}

function kpiRuns(i: PlacedInitiative, style: TextStyle): Run[] {
  return i.kpi.flatMap((k, n): Run[] => [
    ...(n > 0 ? [{ text: '\n', style }] : []),
    { text: `${k.indicator}: `, style },
    { text: String(k.target), style: withStyle(style, { font: 'bold' }) },
    ...(k.year ? plain(` (${k.year})`, style) : []),
  ]);
}

/** Label and value of every fact the initiative has (empty ones are left out). */
function factRows(bc: BookContext, i: PlacedInitiative, style: TextStyle): [string, Run[]][] {
  const f = bc.labels.facts;
  const text = (s: string): Run[] => plain(s, style);
  const rows: [string, Run[] | undefined][] = [
    [f.opd, text(opdFull(i.opd))],
    [f.supporting, i.supportingOpd.length ? text(i.supportingOpd.map((o) => o.short ?? o.name).join(', ')) : undefined],
    [f.element, i.element ? text(i.element.name[bc.book.lang]) : undefined],
    [f.quickWin, text(i.quickWin ? bc.labels.yes : bc.labels.no)],
    [f.horizon, horizon(bc, i) ? text(horizon(bc, i)) : undefined],
    [f.status, i.status ? text(bc.labels.status[i.status]) : undefined],
    [f.budget, i.budget !== undefined ? text(formatRupiah(i.budget, bc.book.lang)) : undefined],
    [f.funding, i.funding.length ? text(i.funding.join(', ')) : undefined],
    [f.partners, i.partners.length ? text(i.partners.join(', ')) : undefined],
    [f.kpi, i.kpi.length ? kpiRuns(i, style) : undefined],
  ];
  return rows.filter((r): r is [string, Run[]] => r[1] !== undefined);
}

/** The facts block: a two-column table (label in grey, value in body text), kept with the title. */
export function factsBoxes(bc: BookContext, i: PlacedInitiative, colour: string): Box[] {
  const t = bc.theme.facts;
  const style = withStyle(bodyStyle(bc), { size: t.size });
  const label = withStyle(style, { color: bc.theme.colors.muted });
  const rows = factRows(bc, i, style).map(([l, value]) => [plain(l, label), value]);
  const labelWidth = bc.g.measure * t.labelRatio;
  const boxes = layoutTable(
    { fonts: bc.fonts, indent: 0, width: bc.g.measure, frame: bc.flow.frame },
    {
      rows,
      align: ['left', 'left'],
      widths: [labelWidth, bc.g.measure - labelWidth],
      type: t,
      padX: bc.theme.table.padX,
      padY: bc.theme.table.padY,
      ruleColour: colour,
      hairColour: bc.theme.colors.hairline,
    },
  );
  return boxes.map((b, n) => ({ ...b, keep: n < boxes.length - 1 }));
}
