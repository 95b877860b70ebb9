import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubStepSummary } from '../../src/report/github.ts';
import { FORMATTERS, type Formatter } from '../../src/report/index.ts';
import { REPORT_FORMATS } from '../../src/report/names.ts';
import { createSarif } from '../../src/report/sarif.ts';
import { CONTEXT, FIXTURE_RULES, RESULTS } from '../fixtures/report/results.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/report');

/** Every output compared with a golden file; the SARIF one with the fixed rule table. */
const OUTPUTS: Record<string, Formatter> = {
  ...FORMATTERS,
  sarif: createSarif(FIXTURE_RULES),
  'github-summary': githubStepSummary,
};

// UPDATE_GOLDEN=1 rewrites the golden files: review the diff before committing it.
describe('formatters over the shared results', () => {
  it('cover every format of the product contract', () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual(['github', 'gitlab', 'json', 'junit', 'sarif', 'stylish']);
    // The names --help lists without loading the formatters are the formatters' own.
    expect([...REPORT_FORMATS]).toEqual(Object.keys(FORMATTERS));
  });

  for (const [name, formatter] of Object.entries(OUTPUTS)) {
    it(`${name} matches expected.${name}.txt`, async () => {
      const golden = path.join(DIR, `expected.${name}.txt`);
      const actual = formatter(RESULTS, CONTEXT);
      if (process.env.UPDATE_GOLDEN) await writeFile(golden, actual);
      expect(actual).toBe(await readFile(golden, 'utf8'));
    });
  }
});
