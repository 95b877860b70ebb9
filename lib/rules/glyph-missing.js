import { coveredCodePoints } from "../fonts/coverage.js";
import { defineRule } from "./rule.js";
/** Characters the body face is known to draw (checked by a test against the coverage table). */
export const PLAIN_LATIN = /^[\t\n\r\x20-\x7e\u00a0-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;
const IGNORED = new Set([0x09, 0x0a, 0x0d, 0xfeff, 0x200b, 0x200c, 0x200d, 0xfe0f]);
/** The first character of a line the fonts cannot draw, with its column. */
function firstUndrawable(line, covered) {
    let column = 1;
    for (const char of line) {
        const code = char.codePointAt(0);
        if (code >= 0x20 && !IGNORED.has(code) && !covered.has(code))
            return { char, code, column };
        column += char.length;
    }
    return undefined;
}
/** A character the embedded fonts cannot draw: it would print as an empty box. */
export const glyphMissing = defineRule({
    id: 'glyph-missing',
    severity: 'warning',
    description: 'A character cannot be drawn by the embedded fonts and would print as an empty box.',
    message: {
        id: (p) => `Karakter \`${p.char}\` (${p.code}) tidak tersedia di huruf buku dan akan tercetak sebagai kotak kosong. Ganti dengan karakter biasa atau hapus.`,
        en: (p) => `The character \`${p.char}\` (${p.code}) is not in the book's font and would print as an empty box. Replace or remove it.`,
    },
    checks: {
        // The first undrawable character of each line.
        text: ({ text }, { report }) => {
            // Nearly every file is plain Latin, which the font covers: skip the per-character scan.
            if (PLAIN_LATIN.test(text))
                return;
            const covered = coveredCodePoints();
            text.split('\n').forEach((line, index) => {
                const bad = firstUndrawable(line, covered);
                if (bad)
                    report({ char: bad.char, code: `U+${bad.code.toString(16).toUpperCase().padStart(4, '0')}` }, { position: { line: index + 1, column: bad.column } });
            });
        },
    },
});
