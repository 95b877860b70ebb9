import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/pipeline/parse.ts';

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Pieces Markdown is made of, GFM's own among them, so generated texts hit every construct. */
const PIECES = ['# ', '## ', '- ', '1. ', '> ', '    ', '```\n', '`', '*', '_', '**', '[', ']', '(', ')', '<', '>', '!', '\n', '\n\n', ' ', 'kata', 'Kota', '2020', '.', ':', '|', '---', '~~', '~', '@', 'a@b.id', 'www.contoh.go.id', 'https://contoh.go.id', 'mailto:x@y.id', '[^1]', '[^1]: catatan', '[ ] ', '[x] ', '\\', '&amp;', '<div>', 'http:', 'w', '^', '\n| a | b |\n|---|---|\n| 1 | 2 |\n', '\n- [ ] tugas\n'];

describe('parsing skips the GFM extensions where a text has none of their syntax', () => {
  it('gives the same tree as the full GFM parser on generated texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parseMarkdown(text)).toEqual(gfm.parse(text));
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });

  it('gives the same tree on generated texts with only a trace of GFM (the plain path taken most)', () => {
    const plain = PIECES.filter((p) => !/[|~@^]|www|:\/\/|mailto|\[[ x]\]/.test(p));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), { maxLength: 40 }), fc.constantFrom('', '\n\n| a |\n|---|\n', '~~coret~~', ' a@b.id', ' www.contoh.id', ' https://x.id', '\n\n- [ ] tugas', ' teks[^1]\n\n[^1]: catatan'), (parts, trace) => {
        const text = parts.join('') + trace;
        expect(parseMarkdown(text)).toEqual(gfm.parse(text));
      }),
      { numRuns: 1500, seed: 20261202 },
    );
  });

  it('gives the same tree as the full GFM parser on every Markdown file of the repository\'s books', () => {
    const dirs = ['content', 'tests/fixtures'].map((d) => path.join(ROOT, d));
    const files = dirs.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(d, f)).filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile()));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseMarkdown(text), file).toEqual(gfm.parse(text));
    }
  });
});
