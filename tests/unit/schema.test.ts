import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InitiativeFrontmatter } from '../../src/schema/initiative.ts';
import { generate, SCHEMAS, toJsonSchema, type SchemaSpec } from '../../src/schema/generate.ts';
import { compileSchema } from '../fixtures/report/json-schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const committed = (spec: SchemaSpec): Promise<string> => readFile(path.join(ROOT, spec.file), 'utf8');

/** Every `.md` under a folder, recursively. */
async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name));
}

const compile = (spec: SchemaSpec) => compileSchema(toJsonSchema(spec));

/** Paths of object properties that carry no description. */
function undescribed(node: unknown, at = '#'): string[] {
  if (!node || typeof node !== 'object') return [];
  const schema = node as { properties?: Record<string, { description?: string }> };
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, value]) => (value.description ? [] : [`${at}/${key}`]));
  return [...own, ...Object.entries(node).flatMap(([key, value]) => undescribed(value, `${at}/${key}`))];
}

describe('JSON Schema drift', () => {
  for (const [name, spec] of Object.entries(SCHEMAS)) {
    it(`${spec.file} is what the zod schema generates (run \`npm run schema\` after changing ${name} fields)`, async () => {
      expect(generate(spec)).toBe(await committed(spec));
    });
  }

  it('fails when the zod schema changes without the committed file', async () => {
    const text = await committed(SCHEMAS.initiative);
    const added = { ...SCHEMAS.initiative, schema: InitiativeFrontmatter.extend({ extra: z.string() }) };
    const tightened = { ...SCHEMAS.initiative, schema: InitiativeFrontmatter.extend({ budget: z.number().int().min(1).optional() }) };
    const redescribed = { ...SCHEMAS.initiative, schema: InitiativeFrontmatter.extend({ title: z.string().trim().min(1).meta({ description: 'x' }) }) };
    for (const changed of [added, tightened, redescribed]) expect(generate(changed)).not.toBe(text);
  });
});

describe('generated JSON Schemas', () => {
  it('describe every property for editors', () => {
    for (const spec of Object.values(SCHEMAS)) expect(undescribed(toJsonSchema(spec))).toEqual([]);
  });

  it('accept the frontmatter of every initiative of the example book', async () => {
    const validate = compile(SCHEMAS.initiative);
    const files = await markdownFiles(path.join(ROOT, 'content/initiatives'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(file, 'utf8'));
      expect(validate(parseYaml(match![1]!)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('accept the example book.yml', async () => {
    const validate = compile(SCHEMAS.book);
    const book: unknown = parseYaml(await readFile(path.join(ROOT, 'content/book.yml'), 'utf8'));
    expect(validate(book), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reject unknown keys, missing keys and wrong values as the check does', () => {
    const validate = compile(SCHEMAS.initiative);
    const base = { title: 'Aplikasi Tanjak', dimension: 'smart-governance', opd: 'diskominfo' };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, dimensi: 'smart-governance' })).toBe(false);
    expect(validate({ title: 'x', dimension: 'smart-governance' })).toBe(false);
    expect(validate({ ...base, budget: 1.5 })).toBe(false);
    expect(validate({ ...base, funding: ['APBD', 'Utang'] })).toBe(false);
  });
});
