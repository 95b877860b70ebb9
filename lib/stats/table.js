import { statsWords } from "./words.js";
/** Width of the longest bar, in characters. */
const BAR = 24;
const NUMBER = 10;
function ansi(on, code, text) {
    return on && text ? `\u001b[${code}m${text}\u001b[0m` : text;
}
/** 24-bit colour escape for a `#rrggbb` colour. */
function rgb(hex) {
    const n = Number.parseInt(hex.slice(1), 16);
    return `38;2;${(n >> 16) & 255};${(n >> 8) & 255};${n & 255}`;
}
/** Quick wins as full blocks, the other initiatives as shaded blocks, scaled to the largest count. */
function bar(row, max, color) {
    if (max === 0 || row.count.initiatives === 0)
        return '';
    const total = Math.max(1, Math.round((row.count.initiatives / max) * BAR));
    const quick = Math.min(total, Math.round((row.count.quickWins / max) * BAR));
    const text = `${'█'.repeat(quick)}${'▒'.repeat(total - quick)}`;
    return row.colour ? ansi(color, rgb(row.colour), text) : text;
}
function line(name, width, initiatives, quickWins, tail = '') {
    return `${name.padEnd(width)}${initiatives.padStart(NUMBER)}${quickWins.padStart(NUMBER + 1)}${tail ? `  ${tail}` : ''}`.trimEnd();
}
function section(heading, rows, width, view, color) {
    const w = statsWords(view.lang);
    const max = Math.max(0, ...rows.filter((r) => r.kind !== 'element').map((r) => r.count.initiatives));
    const out = [ansi(color, '1', line(heading, width, w.initiatives, w.quickWins))];
    for (const row of rows) {
        const name = row.kind === 'element' ? `  ${row.name}` : row.name;
        const text = line(name, width, String(row.count.initiatives), String(row.count.quickWins), row.kind === 'element' ? '' : bar(row, max, color));
        out.push(row.count.initiatives === 0 ? ansi(color, '2', text) : text);
    }
    return out;
}
/** A readable terminal table with a bar per dimension and per OPD (█ quick wins, ▒ other initiatives). */
export const table = (view, { color }) => {
    const w = statsWords(view.lang);
    const names = [...view.dimensions.map((r) => (r.kind === 'element' ? `  ${r.name}` : r.name)), ...view.opds.map((r) => r.name), w.dimension, w.opd, w.total];
    const width = Math.min(48, Math.max(...names.map((n) => n.length))) + 2;
    const warn = (items) => (items.length > 0 ? ansi(color, '33', items.join(', ')) : w.none);
    const lines = [
        ansi(color, '1', `${view.title} — ${w.heading}`),
        w.summary(view.total.initiatives, view.total.quickWins),
        '',
        ...section(w.dimension, view.dimensions, width, view, color),
        ansi(color, '1', line(w.total, width, String(view.total.initiatives), String(view.total.quickWins))),
        '',
        ...section(w.opd, view.opds, width, view, color),
        '',
        `█ ${w.quickWins}   ▒ ${w.initiatives}`,
        `${w.opdsWithout(view.opdsWithoutInitiatives.length)}: ${warn(view.opdsWithoutInitiatives)}`,
        `${w.dimensionsWithout}: ${warn(view.dimensionsWithoutQuickWin)}`,
    ];
    return `${lines.join('\n')}\n`;
};
