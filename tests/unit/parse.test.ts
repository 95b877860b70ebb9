import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/content/parsed.ts';
import type { SourceFile } from '../../src/content/source.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { parse as parseFile } from '../../src/pipeline/parse.ts';
import { Runner } from '../../src/rules/run.ts';

function source(text: string | Buffer): SourceFile {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { path: '/book/content/initiatives/x.md', display: 'content/initiatives/x.md', rel: 'initiatives/x.md', kind: 'initiative', bytes };
}

/** Parse, then report what the rules on parsed files find; the file when it could be parsed. */
function parse(file: SourceFile, reporter: { diagnostics: Diagnostic[]; lang: Lang }): ParsedFile | undefined {
  const runner = new Runner(reporter.lang);
  const parsed = parseFile(file);
  runner.check('parsed', parsed);
  reporter.diagnostics.push(...runner.diagnostics);
  return parsed.failure ? undefined : parsed;
}

class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly lang: Lang) {}
}

describe('parse', () => {
  it('splits YAML frontmatter and body and knows where the body starts', () => {
    const reporter = new Reporter('id');
    const parsed = parse(source('---\ntitle: A\nopd: b\n---\n## Latar Belakang\n\nTeks.\n'), reporter);
    expect(reporter.diagnostics).toEqual([]);
    expect(parsed?.frontmatter?.data).toEqual({ title: 'A', opd: 'b' });
    expect(parsed?.bodyStart).toEqual({ line: 5, column: 1 });
    expect(parsed?.body.children[0]?.type).toBe('heading');
  });

  it('reads UTF-8 with a byte-order mark and CRLF line ends', () => {
    const reporter = new Reporter('id');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\ntitle: Café\r\n---\r\nTeks\r\n')]);
    const parsed = parse(source(bom), reporter);
    expect(reporter.diagnostics).toEqual([]);
    expect(parsed?.frontmatter?.data).toEqual({ title: 'Café' });
  });

  it('reports invalid UTF-8 at its line and column instead of crashing', () => {
    const reporter = new Reporter('en');
    const parsed = parse(source(Buffer.concat([Buffer.from('---\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')])), reporter);
    expect(parsed).toBeUndefined();
    expect(reporter.diagnostics).toMatchObject([{ rule: 'invalid-encoding', line: 2, column: 11, severity: 'error' }]);
    expect(reporter.diagnostics[0]?.message).toContain('0xE9');
  });

  it.each(['js', 'javascript'])('refuses ---%s frontmatter and never runs its code', (language) => {
    const marker = path.join(os.tmpdir(), `masterplan-pwned-${process.pid}-${language}`);
    const code = `(globalThis.__masterplanPwned = true, require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), { title: 'A' })`;
    const reporter = new Reporter('id');
    const parsed = parse(source(`---${language}\n${code}\n---\nTeks\n`), reporter);
    expect(parsed).toBeUndefined();
    expect(reporter.diagnostics).toMatchObject([{ rule: 'frontmatter-language', line: 1, column: 4, severity: 'error' }]);
    expect((globalThis as { __masterplanPwned?: boolean }).__masterplanPwned).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });

  it('reports YAML syntax errors at their line', () => {
    const reporter = new Reporter('id');
    parse(source('---\ntitle: A\ntitle: B\n---\n'), reporter);
    expect(reporter.diagnostics).toMatchObject([{ rule: 'yaml-syntax', line: 3, column: 1 }]);
  });

  it('reports an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']] as const) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    const reporter = new Reporter('en');
    expect(parse(source(`---\ntitle: A\n${levels.join('\n')}\n---\nText\n`), reporter)).toBeUndefined();
    expect(reporter.diagnostics).toMatchObject([{ rule: 'yaml-syntax', line: 1, column: 4 }]);
    expect(reporter.diagnostics[0]?.message).toContain('too many aliases');
  });

  it('reports frontmatter that is never closed', () => {
    const reporter = new Reporter('id');
    parse(source('---\ntitle: A\n\nTeks tanpa penutup\n'), reporter);
    expect(reporter.diagnostics).toMatchObject([{ rule: 'frontmatter-missing', line: 1, column: 1 }]);
  });
});
