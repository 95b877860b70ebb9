import { describe, expect, it } from 'vitest';
import type { InitiativeRef } from '../../src/content/initiative.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { touchesChanged } from '../../src/git/scope.ts';
import { duplicateId } from '../../src/rules/duplicate-id.ts';
import { Runner } from '../../src/rules/run.ts';
import { bookSubject } from '../helpers/subjects.ts';

const at = (file: string, related?: string[]): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  severity: 'error',
  rule: 'duplicate-id',
  message: '…',
  ...(related ? { related } : {}),
});

describe('touchesChanged', () => {
  const changed = new Set(['content/initiatives/baru.md']);

  it('keeps diagnostics of changed files and cross-file ones a changed file takes part in', () => {
    expect(touchesChanged(at('content/initiatives/baru.md'), changed)).toBe(true);
    expect(touchesChanged(at('content/initiatives/lama.md', ['content/initiatives/baru.md']), changed)).toBe(true);
  });

  it('drops diagnostics of unchanged files, also cross-file ones among unchanged files', () => {
    expect(touchesChanged(at('content/initiatives/lama.md'), changed)).toBe(false);
    expect(touchesChanged(at('content/initiatives/lama.md', ['content/initiatives/lain.md']), changed)).toBe(false);
  });
});

describe('duplicate-id', () => {
  const refs: InitiativeRef[] = ['a.md', 'b.md', 'c.md'].map((file) => ({ id: 'tanjak', file, idPosition: { line: 1, column: 1 }, titlePosition: { line: 2, column: 8 } }));

  it('names the other files of each duplicate in `related`', () => {
    const reporter = new Runner('id', {}, [duplicateId]);
    reporter.check('book', bookSubject({ refs }));
    expect(reporter.diagnostics.map((d) => [d.file, d.related])).toEqual([
      ['a.md', ['b.md', 'c.md']],
      ['b.md', ['a.md', 'c.md']],
      ['c.md', ['a.md', 'b.md']],
    ]);
  });

  it('adds nothing when book.yml turns the rule off', () => {
    const reporter = new Runner('id', { 'duplicate-id': 'off' }, [duplicateId]);
    reporter.check('book', bookSubject({ refs }));
    expect(reporter.diagnostics).toEqual([]);
  });
});
