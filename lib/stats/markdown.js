import { statsWords } from "./words.js";
/** Text safe inside a GFM table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(heading, rows, words) {
    const out = [`| ${cell(heading)} | ${words.initiatives} | ${words.quickWins} |`, '|---|--:|--:|'];
    for (const row of rows) {
        const name = row.kind === 'element' ? `&emsp;${cell(row.name)}` : `**${cell(row.name)}**`;
        out.push(`| ${row.kind === 'opd' ? cell(row.name) : name} | ${row.count.initiatives} | ${row.count.quickWins} |`);
    }
    return out;
}
/** GitHub-flavoured Markdown: for a pull-request comment, an issue or `$GITHUB_STEP_SUMMARY`. */
export const markdown = (view) => {
    const w = statsWords(view.lang);
    const list = (items) => (items.length > 0 ? items.map(cell).join(', ') : w.none);
    const lines = [
        `## ${cell(view.title)} — ${w.heading}`,
        '',
        `${w.summary(view.total.initiatives, view.total.quickWins)}.`,
        '',
        ...table(w.dimension, view.dimensions, w),
        `| **${w.total}** | **${view.total.initiatives}** | **${view.total.quickWins}** |`,
        '',
        ...table(w.opd, view.opds, w),
        '',
        `- **${w.opdsWithout(view.opdsWithoutInitiatives.length)}:** ${list(view.opdsWithoutInitiatives)}`,
        `- **${w.dimensionsWithout}:** ${list(view.dimensionsWithoutQuickWin)}`,
    ];
    return `${lines.join('\n')}\n`;
};
