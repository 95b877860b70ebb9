import { showPath, showValue, valueAt } from "../diagnostics/describe.js";
import { slugify } from "../domain/ids.js";
import { defineRule } from "./rule.js";
/** Issue codes about the shape of a value rather than its kind, range or choice. */
const SHAPE_CODES = new Set(['invalid_format', 'not_multiple_of', 'invalid_key', 'invalid_element', 'custom']);
function expectation(issue, lang, found) {
    if (issue.code !== 'invalid_format')
        return { text: issue.message };
    if (issue.format === 'date')
        return { text: lang === 'id' ? 'tanggal ditulis TTTT-BB-HH, misalnya 2019-07-30' : 'a date written YYYY-MM-DD, e.g. 2019-07-30' };
    const slug = slugify(found);
    const text = lang === 'id'
        ? `hanya huruf kecil, angka dan tanda hubung, misalnya \`${slug || 'nama-singkat'}\``
        : `only lower-case letters, digits and dashes, e.g. \`${slug || 'short-name'}\``;
    return slug ? { text, suggestion: slug } : { text };
}
function renameHint(slug, lang) {
    return lang === 'id' ? `ganti nama berkas menjadi \`${slug}.md\` atau tulis \`id: ${slug}\`` : `rename the file to \`${slug}.md\` or write \`id: ${slug}\``;
}
/** A text value in the wrong shape: an id with capitals or spaces, a date not written YYYY-MM-DD. */
export const invalidFormat = defineRule({
    id: 'invalid-format',
    severity: 'error',
    description: 'A text value has the wrong shape (ids in lower case with dashes, dates as YYYY-MM-DD).',
    message: {
        id: (p) => `Nilai \`${p.found}\` untuk \`${p.key}\` tidak sesuai format: ${p.expected}.`,
        en: (p) => `\`${p.found}\` is not a valid \`${p.key}\`: ${p.expected}.`,
    },
    checks: {
        schema: (subject, { report, lang }) => {
            for (const issue of subject.issues) {
                if (!SHAPE_CODES.has(issue.code))
                    continue;
                const found = showValue(valueAt(subject.data, issue.path));
                const { text, suggestion } = expectation(issue, lang, found);
                report({ key: showPath(issue.path), found, expected: text }, { path: issue.path, ...(suggestion ? { suggestion } : {}) });
            }
        },
        // Without `id:`, the file name is the id: it must be one too.
        initiative: (draft, { report, lang }) => {
            if (draft.id.written !== undefined || draft.id.valid)
                return;
            const found = draft.parsed.source.path.split(/[\\/]/).pop().replace(/\.md$/i, '');
            report({ key: 'id', found, expected: renameHint(draft.id.id, lang) }, { position: { line: 1, column: 1 }, suggestion: draft.id.id });
        },
    },
});
