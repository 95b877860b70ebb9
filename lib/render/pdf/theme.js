import themeData from '../../../templates/pdf-theme.json' with { type: 'json' };
/** The default theme. */
export const theme = themeData;
/** Points per millimetre. */
export const MM = 72 / 25.4;
/** The page geometry for A4 or F4. */
export function geometry(paper, t = theme) {
    const { width, height } = t.paper[paper];
    const m = t.marginsMm;
    const inner = m.inner * MM;
    const outer = m.outer * MM;
    return { width, height, top: m.top * MM, bottom: height - m.bottom * MM, inner, outer, measure: width - inner - outer };
}
/** Left edge of the text block: the binding margin is on the left of right-hand (odd) pages. */
export function leftEdge(g, physicalPage) {
    return physicalPage % 2 === 1 ? g.inner : g.outer;
}
