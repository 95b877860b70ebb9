/** Characters that mean something to Markdown inline syntax or to a GFM table row. */
const SPECIAL = /[\\`*_[\]|~]/g;
function escapeText(text) {
    return text
        .replace(SPECIAL, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\n/g, '<br>');
}
const codeSpan = (text) => `\`${text.replace(/\n/g, ' ').replace(/\|/g, '\\|')}\``;
/**
 * Text made safe for one cell of a GFM table. `Code spans` in messages stay code spans
 * (only their pipes and line breaks change, as a table row needs); everything else is
 * escaped so that HTML, emphasis and links in a message print as written.
 */
export function markdownCell(text) {
    const parts = text.replace(/\r\n?/g, '\n').split('`');
    const balanced = parts.length % 2 === 1;
    return parts
        .map((part, i) => {
        if (i % 2 === 0)
            return escapeText(part);
        // An odd backtick out opens no code span: print it as a literal backtick.
        return balanced || i < parts.length - 1 ? codeSpan(part) : `\\\`${escapeText(part)}`;
    })
        .join('');
}
