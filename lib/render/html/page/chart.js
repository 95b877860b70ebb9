import { h } from "../h.js";
/** Sizes of the drawing, in SVG units (it scales to the width of the page). */
const WIDTH = 640;
const LABEL = 170;
const VALUE_ROOM = 120;
const BAR = 12;
const GAP = 10;
const LEGEND = 26;
/** A coordinate as written into the drawing: rounded, so the page stays small. */
const n = (value) => String(Math.round(value * 10) / 10);
/** Mix a colour with white, like the PDF's tints. */
function tint(hex, amount) {
    const n = Number.parseInt(hex.slice(1), 16);
    const mix = (c) => Math.round(255 - (255 - c) * amount).toString(16).padStart(2, '0');
    return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}
function bar(tone, colour, x, y, w) {
    return tone === 'solid'
        ? h('rect', { x: n(x), y: n(y), width: n(Math.max(w, 1)), height: n(BAR), fill: colour })
        : h('rect', { x: n(x), y: n(y), width: n(Math.max(w, 1)), height: n(BAR), fill: tint(colour, 0.28), stroke: colour, strokeWidth: '1.2' });
}
function legend(chart) {
    let x = LABEL;
    return chart.series.flatMap((s) => {
        const parts = [bar(s.tone, '#4b5563', x, 6, 22), h('text', { x: n(x + 28), y: '16', fontSize: '13', fill: '#1b1f24' }, s.name)];
        x += 28 + s.name.length * 7.5 + 24;
        return parts;
    });
}
/**
 * A horizontal bar chart as inline SVG, the same drawing as the PDF's: an image with the
 * chart's title as its name, described by the table that holds its numbers.
 */
export function chartFigure(chart, describedBy) {
    const rowHeight = chart.series.length * (BAR + 3) + GAP;
    const top = chart.series.length > 1 ? LEGEND : 4;
    const height = top + chart.rows.length * rowHeight;
    const area = WIDTH - LABEL - VALUE_ROOM;
    const rows = chart.rows.flatMap((r, index) => {
        const y = top + index * rowHeight;
        const middle = y + (chart.series.length * (BAR + 3)) / 2;
        const label = h('text', { x: n(LABEL - 10), y: n(middle + 4), fontSize: '13', textAnchor: 'end', fill: '#1b1f24' }, r.label);
        const bars = chart.series.flatMap((s, k) => {
            const w = (r.values[k] / chart.max) * area;
            const by = y + k * (BAR + 3);
            return [bar(s.tone, r.colour, LABEL, by, w), h('text', { x: n(LABEL + w + 6), y: n(by + BAR - 1), fontSize: '12', fill: '#1b1f24' }, r.shown[k])];
        });
        return [label, ...bars];
    });
    const svg = h('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', ariaLabel: chart.title, ariaDescribedBy: [describedBy], className: ['chart-svg'] }, ...(chart.series.length > 1 ? legend(chart) : []), ...rows);
    return h('figure', { className: ['chart'] }, svg, h('figcaption', {}, chart.title));
}
