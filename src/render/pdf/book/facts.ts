import type { PlacedInitiative } from '../../../model/book.ts';
import type { FactValue } from '../../../model/facts.ts';
import type { Box } from '../flow/box.ts';
import { layoutTable } from '../table/layout-table.ts';
import { plain } from '../text/inline.ts';
import { withStyle, type Run, type TextStyle } from '../text/style.ts';
import { bodyStyle, type BookContext } from './context.ts';

/** A fact's value as runs: lists joined by commas, each KPI on its own line with its target in bold. */
function valueRuns(value: FactValue, style: TextStyle): Run[] {
  switch (value.kind) {
    case 'text':
      return plain(value.text, style);
    case 'list':
      return plain(value.items.map((i) => i.text).join(', '), style);
    case 'kpi':
      return value.items.flatMap((k, n): Run[] => [
        ...(n > 0 ? [{ text: '\n', style }] : []),
        { text: `${k.indicator}: `, style },
        { text: k.target, style: withStyle(style, { font: 'bold' }) },
        ...(k.year ? plain(` (${k.year})`, style) : []),
      ]);
  }
}

/** The facts block: a two-column table (label in grey, value in body text), kept with the title. */
export function factsBoxes(bc: BookContext, i: PlacedInitiative, colour: string): Box[] {
  const t = bc.theme.facts;
  const style = withStyle(bodyStyle(bc), { size: t.size });
  const label = withStyle(style, { color: bc.theme.colors.muted });
  const rows = i.facts.map((row) => [plain(row.label, label), valueRuns(row.value, style)]);
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
      rowHeads: true,
    },
  );
  return boxes.map((b, n) => ({ ...b, keep: n < boxes.length - 1 }));
}
