import { markdownCell } from "./markdown.js";
import { fileCount, WORDS } from "./words.js";
/** GitHub's escaping for the data of a workflow command (the text after `::`). */
export function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** GitHub's escaping for a property value (`file=`, `title=`): data escaping plus `:` and `,`. */
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function annotation(d) {
    const properties = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(d.rule)}`];
    return `::${d.severity} ${properties.join(',')}::${escapeData(d.message)}`;
}
/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per diagnostic,
 * then a plain summary line for whoever reads the log.
 */
export const github = (input, { lang }) => {
    const words = WORDS[lang];
    const closing = input.diagnostics.length === 0 ? words.clean(input.files) : words.summary(input.errors, input.warnings, fileCount(input.diagnostics));
    return [...input.diagnostics.map(annotation), closing, ''].join('\n');
};
/** GitHub accepts at most 1 MiB of step summary per step; stay well below. */
const MAX_SUMMARY_BYTES = 900_000;
function tableRow(d, severity) {
    const cells = [severity, markdownCell(d.file), String(d.line), String(d.column), `\`${d.rule}\``, markdownCell(d.message)];
    return `| ${cells.join(' | ')} |`;
}
/**
 * The Markdown for `$GITHUB_STEP_SUMMARY`: every result in one table, because a pull
 * request shows only the first 10 annotations of a step. Pure: the check command appends it.
 */
export const githubStepSummary = (input, { lang }) => {
    const words = WORDS[lang];
    const head = ['### masterplan check', ''];
    if (input.diagnostics.length === 0)
        return [...head, `✅ ${words.clean(input.files)}`, '', ''].join('\n');
    const mark = input.errors > 0 ? '❌' : '⚠️';
    const lines = [...head, `${mark} ${words.summary(input.errors, input.warnings, fileCount(input.diagnostics))}`, ''];
    lines.push(`| ${words.columns.join(' | ')} |`, '|---|---|--:|--:|---|---|');
    let bytes = Buffer.byteLength(lines.join('\n'));
    let shown = 0;
    for (const d of input.diagnostics) {
        const row = tableRow(d, d.severity === 'error' ? `❌ ${words.error}` : `⚠️ ${words.warning}`);
        bytes += Buffer.byteLength(row) + 1;
        if (bytes > MAX_SUMMARY_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < input.diagnostics.length)
        lines.push('', words.omitted(input.diagnostics.length - shown));
    return `${lines.join('\n')}\n\n`;
};
