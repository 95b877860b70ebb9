import { tint } from "../paint/color.js";
import { layoutTable } from "../table/layout-table.js";
/** The table look shared by the annexes. */
export function annexTable(bc, spec) {
    const t = bc.theme.table;
    return layoutTable({ fonts: bc.fonts, indent: 0, width: bc.g.measure, frame: bc.flow.frame }, { ...spec, type: t, padX: t.padX, padY: t.padY, headerFill: tint(bc.accent, t.tint), ruleColour: bc.accent, hairColour: bc.theme.colors.hairline });
}
