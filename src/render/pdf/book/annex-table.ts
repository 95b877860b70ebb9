import type { Box } from '../flow/box.ts';
import { tint } from '../paint/color.ts';
import { layoutTable, type TableSpec } from '../table/layout-table.ts';
import type { BookContext } from './context.ts';
import { layoutMemo } from './initiative-memo.ts';

/** The table look shared by the annexes. */
export function annexTable(bc: BookContext, spec: Pick<TableSpec, 'header' | 'rows' | 'align'>): Box[] {
  const t = bc.theme.table;
  const memo = layoutMemo();
  memo?.live.set(bc);
  // Kept boxes measure with the fonts of the render that paints them, not of the one that laid them out.
  const fonts = memo ? memo.live.fonts : bc.fonts;
  const lay = () =>
    layoutTable(
      { fonts, indent: 0, width: bc.g.measure, frame: bc.flow.frame },
      { ...spec, type: t, padX: t.padX, padY: t.padY, headerFill: tint(bc.accent, t.tint), ruleColour: bc.accent, hairColour: bc.theme.colors.hairline },
    );
  // The spec is made by the same code on every render, so equal values mean equally shared style objects too.
  return memo ? memo.boxesOf(JSON.stringify(['annex', spec, bc.accent, bc.g.measure, bc.flow.frame]), lay) : lay();
}
