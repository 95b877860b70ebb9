import { groupByFile, WORDS } from "./words.js";
const paint = (on, code, text) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
/** Human-readable results grouped by file, with a closing summary; colour only when asked. */
export const stylish = (input, { color, lang }) => {
    const words = WORDS[lang];
    if (input.diagnostics.length === 0)
        return `${paint(color, '32', '✔')} ${words.clean(input.files)}\n`;
    const groups = groupByFile(input.diagnostics);
    const lines = [];
    for (const [file, list] of groups) {
        lines.push(paint(color, '4', file));
        const width = Math.max(...list.map((d) => `${d.line}:${d.column}`.length));
        for (const d of list) {
            const where = `${d.line}:${d.column}`.padEnd(width);
            const severity = d.severity === 'error' ? paint(color, '31', words.error.padEnd(10)) : paint(color, '33', words.warning.padEnd(10));
            lines.push(`  ${paint(color, '2', where)}  ${severity}  ${d.message}  ${paint(color, '2', d.rule)}`);
        }
        lines.push('');
    }
    const mark = input.errors > 0 ? paint(color, '31', '✖') : paint(color, '33', '⚠');
    lines.push(`${mark} ${words.summary(input.errors, input.warnings, groups.size)}`);
    return `${lines.join('\n')}\n`;
};
