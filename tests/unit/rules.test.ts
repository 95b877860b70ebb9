import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImageSubject } from '../../src/content/images.ts';
import type { ImageStatus } from '../../src/model/images.ts';
import { RULES } from '../../src/rules/catalogue.ts';
import type { LayoutSubject, Rule } from '../../src/rules/rule.ts';
import { Runner } from '../../src/rules/run.ts';
import { CASES, yml } from '../helpers/rule-cases.ts';
import { initiative } from '../helpers/cli.ts';
import { memoryBook } from '../helpers/subjects.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
/** The image rules see an image as the resolver found it. */
type ImageParts = { status?: ImageStatus; alt?: string; pixels?: { width: number; height: number }; figure?: boolean };
const IMAGE_CASES: Record<string, { good: ImageParts; bad: ImageParts }> = {
  'image-alt': { good: { alt: 'Alur layanan' }, bad: { alt: ' ' } },
  'image-format': { good: { status: 'ok' }, bad: { status: 'broken' } },
  'image-missing': { good: { status: 'ok' }, bad: { status: 'missing' } },
  'image-outside': { good: { status: 'ok' }, bad: { status: 'remote' } },
  // A4 text block is about 16 cm: 400 pixels print at 96 ppi, 2,000 at well over 150.
  'image-resolution': { good: { status: 'ok', pixels: { width: 2000, height: 1000 }, figure: true }, bad: { status: 'ok', pixels: { width: 400, height: 300 }, figure: true } },
};

/** The layout rules see what the PDF layout found. */
const LAYOUT_CASES: Record<string, LayoutSubject['problem']> = { 'table-too-wide': 'table-too-wide' };

function ruleOf(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

function imageSubject(parts: ImageParts): ImageSubject {
  return { file: 'content/initiatives/a.md', position: { line: 8, column: 1 }, ref: { url: 'peta.png', status: parts.status ?? 'ok', file: '/x/peta.png', ...(parts.pixels ? { pixels: parts.pixels } : {}) }, alt: parts.alt ?? 'Peta', ...(parts.figure ? { figure: true, paper: 'A4' as const } : {}) };
}

describe('every rule alone, on in-memory input', () => {
  it('has a case for every rule of the catalogue', () => {
    expect([...Object.keys(CASES), ...Object.keys(IMAGE_CASES), ...Object.keys(LAYOUT_CASES)].sort()).toEqual(RULES.map((r) => r.id));
  });

  it.each(Object.entries(CASES))('%s: reports exactly where it should, and nothing on sound input', (id, c) => {
    const rule = ruleOf(id);
    expect(memoryBook(c.good, [rule]).diagnostics).toEqual([]);
    const found = memoryBook(c.bad, [rule]).diagnostics;
    expect(found.map((d) => [d.file.replace(/^content\//, ''), d.line, d.column])).toEqual(c.at);
    for (const d of found) {
      expect(d.rule).toBe(id);
      expect(d.message.length).toBeGreaterThan(20);
    }
  });

  it.each(Object.entries(IMAGE_CASES))('%s: reports the image it cannot use, and nothing on a sound one', (id, c) => {
    const run = (parts: ImageParts) => {
      const runner = new Runner('en', {}, [ruleOf(id)]);
      runner.check('image', imageSubject(parts));
      return runner.diagnostics;
    };
    expect(run(c.good)).toEqual([]);
    expect(run(c.bad)).toMatchObject([{ rule: id, file: 'content/initiatives/a.md', line: 8, column: 1 }]);
  });

  it.each(Object.entries(LAYOUT_CASES))('%s: reports where the layout found the problem, in either language, and nothing when off', (id, problem) => {
    const run = (lang: 'id' | 'en', overrides = {}) => {
      const runner = new Runner(lang, overrides, [ruleOf(id)]);
      runner.check('layout', { file: 'content/initiatives/a.md', position: { line: 12, column: 1 }, problem });
      return runner.diagnostics;
    };
    expect(run('id')).toMatchObject([{ rule: id, severity: 'warning', file: 'content/initiatives/a.md', line: 12, column: 1 }]);
    expect(run('id')[0]!.message).not.toBe(run('en')[0]!.message);
    expect(run('en', { [id]: 'off' })).toEqual([]);
    expect(run('en', { [id]: 'error' })[0]!.severity).toBe('error');
  });

  it('never lets a rule that is off run, and forces fatal ones to errors whatever book.yml says', () => {
    const off = memoryBook({ 'book.yml': yml('rules:\n  severity: { wrong-type: off }\n'), 'initiatives/a.md': initiative('A', 'quick_win: ya\n') }, [ruleOf('wrong-type')]);
    expect(off.diagnostics).toEqual([]);
    const lowered = memoryBook({ 'book.yml': yml('rules:\n  severity: { yaml-syntax: warning }\n'), 'initiatives/a.md': '---\ntitle: A\ntitle: B\n---\n' }, [ruleOf('yaml-syntax')]);
    expect(lowered.diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
});

describe('rules as units', () => {
  const ruleFiles = readdirSync(path.join(SRC, 'rules')).filter((f) => !['rule.ts', 'run.ts', 'catalogue.ts'].includes(f));

  it('keeps each rule in a file named after its id, with its meta and checks', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const text = readFileSync(path.join(SRC, 'rules', `${rule.id}.ts`), 'utf8');
      expect(text.match(/defineRule</g), rule.id).toHaveLength(1);
      expect(text, rule.id).toContain(`id: '${rule.id}'`);
      expect(Object.keys(rule.checks).length, rule.id).toBeGreaterThan(0);
      expect(rule.message.id, rule.id).toBeTypeOf('function');
      expect(rule.message.en, rule.id).toBeTypeOf('function');
    }
  });

  it('reports every rule id only from its own file: only the catalogue imports a rule, and only the runner makes diagnostics', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));
    const ruleModule = new RegExp(`from '[./]*(?:rules/)?(?:${RULES.map((r) => r.id).join('|')})\\.ts'`);
    const importers = files.filter((f) => ruleModule.test(readFileSync(path.join(SRC, f), 'utf8')));
    expect(importers).toEqual(['rules/catalogue.ts']);
    // A diagnostic's rule id is set in one place, from the rule that reported it.
    const makers = files.filter((f) => /\brule:\s*(?:this\.)?rule\.id\b|\brule:\s*['"`]/.test(readFileSync(path.join(SRC, f), 'utf8')));
    expect(makers).toEqual(['rules/run.ts']);
  });
});
