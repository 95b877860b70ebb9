import type { Box } from '../flow/box.ts';
import { tint } from '../paint/color.ts';
import { layoutTable, type TableSpec } from '../table/layout-table.ts';
import type { BookContext } from './context.ts';

/** The table look shared by the annexes. */
export function annexTable(bc: BookContext, spec: Pick<TableSpec, 'header' | 'rows' | 'align'>): Box[] {
  const t = bc.theme.table;
  return layoutTable(
    { fonts: bc.fonts, indent: 0, width: bc.g.measure, frame: bc.flow.frame },
    { ...spec, type: t, padX: t.padX, padY: t.padY, headerFill: tint(bc.accent, t.tint), ruleColour: bc.accent, hairColour: bc.theme.colors.hairline },
  );
}
