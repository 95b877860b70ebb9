import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../src/app/layout-problems.ts';
import { loadBook } from '../../src/app/load-book.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { renderPdf } from '../../src/render/pdf/index.ts';
import { RULES } from '../../src/rules/catalogue.ts';
import { initiative, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/check');
const fixtures = readdirSync(ROOT).sort();

/** What the check finds in a fixture, and for a rule of the layout what building it finds too. */
async function diagnosticsOf(rule: string, dir: string): Promise<Diagnostic[]> {
  const result = await loadBook({ cwd: dir });
  if (!RULES.find((r) => r.id === rule)?.checks.layout) return result.diagnostics;
  const layout = layoutProblems(result.book, result.lang);
  await renderPdf(result.book, { onLayoutWarning: layout.report });
  return [...result.diagnostics, ...layout.diagnostics];
}

describe('rule fixtures: tests/fixtures/check/<rule>/', () => {
  it('exist for every rule of the catalogue, and only for rules', () => {
    expect(fixtures).toEqual(RULES.map((r) => r.id));
  });

  it.each(fixtures)('%s gives exactly the expected diagnostics', async (rule) => {
    const dir = path.join(ROOT, rule);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    const diagnostics = await diagnosticsOf(rule, dir);
    const actual = diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity }));
    expect(actual).toEqual(expected);
    expect(actual.some((d) => d.rule === rule)).toBe(true);
    for (const d of diagnostics) {
      expect(d.message, 'messages are never raw zod text').not.toMatch(/Invalid input|expected string, received|Unrecognized key/);
    }
  });

  it('speaks English when the book asks for it', async () => {
    const result = await loadBook({ cwd: path.join(ROOT, 'dimension-unknown'), lang: 'en' });
    expect(result.diagnostics[0]?.message).toBe('Unknown dimension `smart goverment`. Did you mean `smart-governance`? Write `dimension: smart-governance`.');
  });
});

describe('rules configured in book.yml', () => {
  const book = (severity: string) => `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off, duplicate-title: ${severity} }\n`;
  const files = { 'content/initiatives/a.md': initiative('Sama'), 'content/initiatives/b.md': initiative('Sama') };

  it.each([
    ['error', ['error', 'error']],
    ['warning', ['warning', 'warning']],
    ['off', []],
  ])('sets duplicate-title to %s', async (severity, expected) => {
    const dir = await writeProject(await tempDir(), { 'content/book.yml': book(severity), ...files });
    const result = await loadBook({ cwd: dir });
    expect(result.diagnostics.map((d) => d.severity)).toEqual(expected);
  });
});

describe('no Markdown file is silently dropped', () => {
  it('puts every planted .md in the book or reports it', async () => {
    const dir = await writeProject(await tempDir(), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/README.md': '# Catatan\n',
      'content/assets/keterangan.md': 'Teks.\n',
      'content/front/01-sambutan.md': '# Sambutan\n\nTeks.\n',
      'content/front/arsip/lama.md': '# Lama\n',
      'content/back/lampiran/x.md': '# X\n',
      'content/dimensions/smart-livng.md': 'Pengantar.\n',
      'content/dimensions/sub/smart-living.md': 'Pengantar.\n',
      'content/initiatives/ok.md': initiative('Baik'),
      'content/initiatives/deep/er/ok2.md': initiative('Baik Juga'),
      'content/initiatives/broken.md': 'tanpa frontmatter\n',
      'content/lainnya/inisiatif.md': initiative('Salah Tempat'),
    });
    const { book, diagnostics } = await loadBook({ cwd: dir });
    const reported = new Set(diagnostics.map((d) => d.file));
    const inBook = new Set([...book.initiatives, ...book.front, ...book.back].map((x) => x.file));
    for (const chapter of book.chapters) if (chapter.intro) inBook.add(chapter.intro.file);
    const planted = readdirSync(path.join(dir, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => `content/${f.split(path.sep).join('/')}`)
      .sort();
    expect(planted).toHaveLength(11);
    for (const file of planted) expect(inBook.has(file) || reported.has(file), file).toBe(true);
    expect([...inBook].sort()).toEqual(['content/front/01-sambutan.md', 'content/initiatives/deep/er/ok2.md', 'content/initiatives/ok.md']);
  });
});

describe('README', () => {
  it('lists every rule with its default severity and whether it is fatal', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const fatal = { always: 'always', identity: 'on title, dimension, opd (book.yml: city, title, period)' } as const;
    for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} | ${rule.fatal ? fatal[rule.fatal] : ''} |`);
  });
});
