import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSarif, pathToUri, sarif } from '../../src/report/sarif.ts';
import { RULES } from '../../src/rules/catalogue.ts';
import { compileSchema } from '../fixtures/report/json-schema.ts';
import { CLEAN, CONTEXT, FIXTURE_RULES, RESULTS } from '../fixtures/report/results.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/report');
const RULES_DIR = path.resolve(import.meta.dirname, '../../src/rules');

/** The vendored SARIF 2.1.0 schema, compiled once. */
const validate = compileSchema(JSON.parse(await readFile(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')));

interface SarifLog {
  runs: { tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; ruleIndex?: number }[] }[];
}

describe('sarif formatter', () => {
  it('produces logs valid against the SARIF 2.1.0 schema', () => {
    for (const output of [sarif(RESULTS, CONTEXT), sarif(CLEAN, CONTEXT), createSarif(FIXTURE_RULES)(RESULTS, CONTEXT)]) {
      const valid = validate(JSON.parse(output));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('uses a schema that can fail: a wrong level, a raw space in a URI, a missing version', () => {
    const wrongLevel = JSON.parse(sarif(RESULTS, CONTEXT));
    wrongLevel.runs[0].results[0].level = 'fatal';
    expect(validate(wrongLevel)).toBe(false);
    const rawSpace = JSON.parse(sarif(RESULTS, CONTEXT));
    rawSpace.runs[0].results[4].locations[0].physicalLocation.artifactLocation.uri = 'content/posyandu digital.md';
    expect(validate(rawSpace)).toBe(false);
    expect(validate({ runs: [] })).toBe(false);
  });

  it('lists every rule of the catalogue with its default level', () => {
    const log = JSON.parse(sarif(CLEAN, CONTEXT)) as SarifLog;
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) expect(rules[i]!.defaultConfiguration.level).toBe(rule.severity);
  });

  it('points ruleIndex at the rule of the same id', () => {
    const log = JSON.parse(createSarif(FIXTURE_RULES)(RESULTS, CONTEXT)) as SarifLog;
    const run = log.runs[0]!;
    for (const result of run.results) {
      if (result.ruleIndex === undefined) expect(FIXTURE_RULES.map((r) => r.id)).not.toContain(result.ruleId);
      else expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
  });

  it('names the other side of a cross-file problem as a related location', () => {
    const first = RESULTS.diagnostics[0]!;
    const input = { ...RESULTS, diagnostics: [{ ...first, related: ['content/initiatives/b/lain.md'] }] };
    const log = JSON.parse(sarif(input, CONTEXT));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: 'content/initiatives/b/lain.md', uriBaseId: '%SRCROOT%' } } },
    ]);
  });

  it('encodes paths as relative URI references', () => {
    expect(pathToUri('content/initiatives/smart-living/posyandu digital.md')).toBe('content/initiatives/smart-living/posyandu%20digital.md');
    expect(pathToUri('content/initiatives/Đặng #1.md')).toBe('content/initiatives/%C4%90%E1%BA%B7ng%20%231.md');
  });
});

describe('rule catalogue', () => {
  it('holds every rule that a module under src/rules declares', async () => {
    const declared: string[] = [];
    for (const name of (await readdir(RULES_DIR)).filter((f) => f.endsWith('.ts'))) {
      const mod: Record<string, unknown> = await import(path.join(RULES_DIR, name));
      for (const value of Object.values(mod)) {
        if (value && typeof value === 'object' && 'id' in value && 'severity' in value && 'message' in value) declared.push(String(value.id));
      }
    }
    expect(RULES.map((r) => r.id).sort()).toEqual([...new Set(declared)].sort());
  });

  it('has unique ids and a description for each rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.description.length).toBeGreaterThan(10);
  });
});
