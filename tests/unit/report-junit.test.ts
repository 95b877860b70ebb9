import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { junit } from '../../src/report/junit.ts';
import { CLEAN, CONTEXT, RESULTS } from '../fixtures/report/results.ts';

interface Testcase {
  '@_classname': string;
  '@_name': string;
  failure?: { '@_type': string; '@_message': string; '#text': string };
  'system-out'?: string;
}
interface Testsuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: Testcase[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

function parse(xml: string): { testsuites: { '@_tests': string; '@_failures': string; testsuite: Testsuite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit formatter', () => {
  it('is well-formed XML with a suite per file and a case per diagnostic', () => {
    const { testsuites } = parse(junit(RESULTS, CONTEXT));
    expect(testsuites['@_tests']).toBe('8');
    expect(testsuites['@_failures']).toBe('4');
    const files = testsuites.testsuite.slice(0, -1);
    expect(files.map((s) => s['@_name'])).toEqual([...new Set(RESULTS.diagnostics.map((d) => d.file))]);
    expect(files.flatMap((s) => s.testcase)).toHaveLength(RESULTS.diagnostics.length);
    expect(files.map((s) => s['@_failures'])).toEqual(['1', '2', '1']);
  });

  it('carries every message back unchanged, special characters included', () => {
    const cases = parse(junit(RESULTS, CONTEXT)).testsuites.testsuite.flatMap((s) => s.testcase);
    RESULTS.diagnostics.forEach((d, i) => {
      const testcase = cases[i]!;
      expect(testcase['@_classname']).toBe(d.file);
      if (d.severity === 'error') {
        expect(testcase.failure?.['@_message']).toBe(d.message);
        expect(testcase.failure?.['#text']).toContain(d.message);
      } else {
        expect(testcase.failure).toBeUndefined();
        expect(testcase['system-out']).toContain(d.message);
      }
    });
  });

  it('has one passing case for the files without problems, also on a clean run', () => {
    const suites = parse(junit(CLEAN, { ...CONTEXT, lang: 'en' })).testsuites.testsuite;
    expect(suites).toHaveLength(1);
    expect(suites[0]!.testcase[0]!['@_name']).toBe('42 files without problems');
  });

  it('replaces characters XML cannot carry instead of writing broken XML', () => {
    const d: Diagnostic = { file: 'content/a.md', line: 1, column: 1, severity: 'error', rule: 'invalid-encoding', message: 'byte \u0000\u001b \ud800 here' };
    const xml = junit({ files: 1, errors: 1, warnings: 0, diagnostics: [d] }, CONTEXT);
    const failure = parse(xml).testsuites.testsuite[0]!.testcase[0]!.failure!;
    expect(failure['@_message']).toBe('byte \ufffd\ufffd \ufffd here');
  });
});
