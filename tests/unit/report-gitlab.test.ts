import { describe, expect, it } from 'vitest';
import { fingerprint, gitlab } from '../../src/report/gitlab.ts';
import { CLEAN, CONTEXT, RESULTS } from '../fixtures/report/results.ts';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe('gitlab formatter', () => {
  it('writes one Code Quality issue per diagnostic with the fields GitLab requires', () => {
    const issues = JSON.parse(gitlab(RESULTS, CONTEXT)) as Issue[];
    expect(issues).toHaveLength(RESULTS.diagnostics.length);
    RESULTS.diagnostics.forEach((d, i) => {
      expect(issues[i]).toEqual({
        description: d.message,
        check_name: d.rule,
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: d.severity === 'error' ? 'major' : 'minor',
        location: { path: d.file, lines: { begin: d.line } },
      });
    });
  });

  it('fingerprints are stable, unique, and change with the position or the message', () => {
    const [first] = RESULTS.diagnostics;
    expect(fingerprint(first!)).toBe(fingerprint({ ...first! }));
    expect(new Set(RESULTS.diagnostics.map(fingerprint)).size).toBe(RESULTS.diagnostics.length);
    expect(fingerprint({ ...first!, line: first!.line + 1 })).not.toBe(fingerprint(first!));
    expect(fingerprint({ ...first!, message: `${first!.message}.` })).not.toBe(fingerprint(first!));
  });

  it('is an empty array on a clean run', () => {
    expect(gitlab(CLEAN, CONTEXT)).toBe('[]\n');
  });
});
