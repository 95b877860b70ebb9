import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { escapeData, escapeProperty, github, githubStepSummary } from '../../src/report/github.ts';
import { markdownCell } from '../../src/report/markdown.ts';
import { CLEAN, CONTEXT, RESULTS } from '../fixtures/report/results.ts';

/** Undo GitHub's escaping the way the Actions runner does. */
const unescape = (text: string): string =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Parse one workflow command line as the runner does: `::name k=v,k=v::data`. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of match[2]!.split(',')) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
  }
  return { command: match[1]!, properties, data: unescape(match[3]!) };
}

/** Cells of a GFM table row: split on pipes that are not escaped. */
const cells = (row: string): string[] => row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());

describe('github formatter', () => {
  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('writes one command per diagnostic on its own line, which the runner reads back unchanged', () => {
    const lines = github(RESULTS, CONTEXT).trimEnd().split('\n');
    expect(lines).toHaveLength(RESULTS.diagnostics.length + 1);
    RESULTS.diagnostics.forEach((d, i) => {
      const parsed = parseCommand(lines[i]!);
      expect(parsed).toEqual({
        command: d.severity,
        properties: { file: d.file, line: String(d.line), col: String(d.column), title: d.rule },
        data: d.message,
      });
    });
    expect(lines.at(-1)).toBe('4 kesalahan, 3 peringatan dalam 3 berkas');
  });

  it('keeps commas and colons of a file name inside its property', () => {
    const d: Diagnostic = { file: 'content/a,b:c.md', line: 1, column: 1, severity: 'error', rule: 'stray-file', message: 'x' };
    const line = github({ files: 1, errors: 1, warnings: 0, diagnostics: [d] }, CONTEXT).split('\n')[0]!;
    expect(line).toBe('::error file=content/a%2Cb%3Ac.md,line=1,col=1,title=stray-file::x');
    expect(parseCommand(line).properties.file).toBe('content/a,b:c.md');
  });

  it('prints only the closing line when there is nothing to report', () => {
    expect(github(CLEAN, CONTEXT)).toBe('42 berkas diperiksa, tidak ada masalah.\n');
    expect(github(CLEAN, { ...CONTEXT, lang: 'en' })).toBe('42 files checked, no problems.\n');
  });
});

describe('github step summary', () => {
  it('has a table row of six cells for every diagnostic', () => {
    const rows = githubStepSummary(RESULTS, CONTEXT).split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(RESULTS.diagnostics.length + 1);
    for (const row of rows) expect(cells(row)).toHaveLength(6);
  });

  it('says so when the check is clean', () => {
    expect(githubStepSummary(CLEAN, { ...CONTEXT, lang: 'en' })).toBe('### masterplan check\n\n✅ 42 files checked, no problems.\n\n');
  });

  it('stays under the 1 MiB GitHub accepts and says how many rows it left out', () => {
    const many: Diagnostic[] = Array.from({ length: 5000 }, (_, i) => ({
      file: 'content/initiatives/x.md',
      line: i + 1,
      column: 1,
      severity: 'warning',
      rule: 'raw-html',
      message: 'Đ'.repeat(200),
    }));
    const text = githubStepSummary({ files: 1, errors: 0, warnings: many.length, diagnostics: many }, { ...CONTEXT, lang: 'en' });
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const shown = text.split('\n').filter((l) => l.startsWith('| ⚠️')).length;
    expect(shown).toBeGreaterThan(100);
    expect(text).toContain(`… and ${5000 - shown} more problems`);
  });
});

describe('markdownCell', () => {
  it('keeps code spans and escapes everything else', () => {
    expect(markdownCell('Tulis `a|b` bukan <b>x</b> & *y*')).toBe('Tulis `a\\|b` bukan &lt;b&gt;x&lt;/b&gt; &amp; \\*y\\*');
  });

  it('turns line breaks into <br> outside code and spaces inside it', () => {
    expect(markdownCell('a\r\nb `c\nd`')).toBe('a<br>b `c d`');
  });

  it('prints an unmatched backtick literally', () => {
    expect(markdownCell('x `y` z `w')).toBe('x `y` z \\`w');
  });
});
