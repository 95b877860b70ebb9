import { coveredCodePoints } from '../fonts/coverage.ts';
import { defineRule } from './rule.ts';

/** Characters the body face is known to draw (checked by a test against the coverage table). */
export const PLAIN_LATIN = /^[\t\n\r\x20-\x7e\u00a0-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;

const IGNORED = new Set([0x09, 0x0a, 0x0d, 0xfeff, 0x200b, 0x200c, 0x200d, 0xfe0f]);

/**
 * The text with the targets of links and images blanked (same length, so columns hold):
 * `](…)` and `[r]: …` are never printed, so what they hold cannot print as a box.
 */
function unprinted(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/(\]\()([^)\s]*)/g, (_, open: string, url: string) => open + blank(url)).replace(/^( {0,3}\[[^\]\n]+\]:[ \t]*)(\S+)/gm, (_, head: string, url: string) => head + blank(url));
}

/** An invisible control character (ESC, BEL, NUL…): nothing to print, and it can garble a terminal. */
const isControl = (code: number): boolean => (code < 0x20 && !IGNORED.has(code)) || (code >= 0x7f && code <= 0x9f);

/** Each different character of a line the fonts cannot draw, at its first column. */
function undrawable(line: string, covered: ReadonlySet<number>): { char: string; code: number; column: number }[] {
  const out: { char: string; code: number; column: number }[] = [];
  const seen = new Set<number>();
  let column = 1;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    if (!seen.has(code) && (isControl(code) || (code >= 0x20 && !IGNORED.has(code) && !covered.has(code)))) {
      seen.add(code);
      out.push({ char, code, column });
    }
    column += char.length;
  }
  return out;
}

/** A character the embedded fonts cannot draw: it would print as an empty box. */
export const glyphMissing = defineRule<{ char: string; code: string; control: boolean }>({
  id: 'glyph-missing',
  severity: 'warning',
  description: 'A character cannot be drawn by the embedded fonts and would print as an empty box.',
  message: {
    id: (p) =>
      p.control
        ? `Karakter kendali tak terlihat ${p.code} (biasanya terbawa saat menyalin dari aplikasi lain) tidak dapat dicetak. Hapus karakter itu.`
        : `Karakter \`${p.char}\` (${p.code}) tidak tersedia di huruf buku dan akan tercetak sebagai kotak kosong. Ganti dengan karakter biasa atau hapus.`,
    en: (p) =>
      p.control
        ? `The invisible control character ${p.code} (usually carried over when copying from another program) cannot be printed. Delete it.`
        : `The character \`${p.char}\` (${p.code}) is not in the book's font and would print as an empty box. Replace or remove it.`,
  },
  checks: {
    // Each different undrawable character of each line, so one fix does not reveal the next.
    text: ({ text }, { report }) => {
      // Nearly every file is plain Latin, which the font covers: skip the per-character scan.
      if (PLAIN_LATIN.test(text)) return;
      const covered = coveredCodePoints();
      unprinted(text).split('\n').forEach((line, index) => {
        for (const bad of undrawable(line, covered)) {
          report({ char: bad.char, code: `U+${bad.code.toString(16).toUpperCase().padStart(4, '0')}`, control: isControl(bad.code) }, { position: { line: index + 1, column: bad.column } });
        }
      });
    },
  },
});
