/** "#1F4E79" as PDF colour components 0..1. */
export function rgb(hex) {
    const n = Number.parseInt(hex.replace('#', ''), 16);
    return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
/** A colour mixed with white: `amount` 0 = white, 1 = the colour (table header tints). */
export function tint(hex, amount) {
    const [r, g, b] = rgb(hex).map((c) => Math.round((1 - amount + c * amount) * 255));
    return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
/** A number as written into a content stream: short and deterministic. */
export function num(n) {
    const r = Math.round(n * 1000) / 1000;
    return Object.is(r, -0) ? '0' : String(r);
}
/** The `rg` operator for a fill colour. */
export function fillOp(hex) {
    return `${rgb(hex).map(num).join(' ')} rg`;
}
