import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFlatYaml } from '../../src/diagnostics/yaml-flat.ts';
import { flatSource, locate, parseYaml, yamlData } from '../../src/diagnostics/yaml-position.ts';
import { readYaml } from '../../src/pipeline/read-text.ts';

/**
 * The flat reader must be `yaml` on its subset: same data, same positions, and no text
 * `yaml` refuses. Frontmatters are generated from pieces near the subset's edges (quotes,
 * colons, comments, numbers that are not plain integers, indentation), so both sides of
 * every edge are met.
 */
const RUNS = Number(process.env.MASTERPLAN_FUZZ_RUNS ?? 3000);
const SEED = process.env.MASTERPLAN_FUZZ_SEED !== undefined ? Number(process.env.MASTERPLAN_FUZZ_SEED) : 20260101;

const safeWord = fc.constantFrom('Aplikasi', 'Tanjak', 'layanan', 'e-Puskesmas', 'Đặng', '智', "Jum'at", 'a"b', '100%', '2020', '2020-2022', 'x&y', 'a*b', 'a!', 'a|b', 'a>b', 'a@b', 'a?', 'a-', '(SIAP)', 'yes', 'true', 'False', 'NULL', 'a\u00a0', '\u3000b', 'x\u202f');
const edgeWord = fc.constantFrom('007', '1.500', '1e3', '0x1F', '0o7', '-5', '+5', '.5', '~', 'a:b', 'a: b', 'a #b', 'a#b', '#', ':', ',', '[x]', '{x}', '&a', '*a', '!t', '|', '>', '@x', '`x', '%x', '?', '-', '--', '...', '.inf');
const word = fc.oneof({ arbitrary: safeWord, weight: 12 }, { arbitrary: edgeWord, weight: 1 });
const plain = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const written = fc.oneof(
  plain,
  plain,
  plain.map((p) => `"${p}"`),
  plain.map((p) => `'${p}'`),
  fc.integer({ min: 0, max: 9_000_000_000 }).map(String),
  fc.constantFrom('', ' ', '"a\\"b"', "'it''s'", '"a', "'a", '""', "''", '[]', '[ ]', '[,]', '{}', 'a  ', 'x # note', '[a, b] # c'),
  fc.array(fc.oneof(plain, plain.map((p) => `"${p}"`)), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
  fc.array(plain, { maxLength: 3 }).map((items) => `[${items.join(',')}`),
);
const key = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,6}$/), weight: 10 },
  { arbitrary: fc.constantFrom('title', 'true', 'Null', '__proto__', '"quoted"', 'x y', '1', 'a:b'), weight: 1 },
);
const block = fc.record({ indent: fc.constantFrom('', '  ', '    '), items: fc.array(written, { minLength: 0, maxLength: 3 }), twist: fc.constantFrom('', '', '  ', ' ') }).map(
  ({ indent, items, twist }) => items.map((item, i) => `${i === 1 ? twist : ''}${indent}- ${item}`).join('\n'),
);
const pairKey = fc.oneof({ arbitrary: fc.constantFrom('indicator', 'target', 'year', '2020', '2021', 'x-y'), weight: 6 }, { arbitrary: fc.constantFrom('007', '1e3', 'true', '__proto__', '"k"', 'a b'), weight: 1 });
const pair = fc.record({ k: pairKey, v: fc.oneof({ arbitrary: written, weight: 8 }, { arbitrary: fc.constant('\n      deeper: 1'), weight: 1 }) }).map(({ k, v }) => `${k}:${v === '' ? '' : ' '}${v}`);
/** A list of small maps (`kpi:`), their later pairs aligned with the first, now and then not. */
const mapList = fc.record({ indent: fc.constantFrom('', '  ', '    '), gap: fc.constantFrom(' ', ' ', ' ', '   '), items: fc.array(fc.array(pair, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), twist: fc.constantFrom('', '', '', ' ', '  ', '-') }).map(
  ({ indent, gap, items, twist }) => items.map((pairs) => pairs.map((p, i) => (i === 0 ? `${indent}-${gap}${p}` : `${i === 2 ? twist : ''}${indent} ${gap}${p}`)).join('\n')).join('\n'),
);
/** A map one level in (`budget:` by year). */
const nestedMap = fc.record({ indent: fc.constantFrom('  ', '  ', '    ', ' '), pairs: fc.array(pair, { minLength: 1, maxLength: 3 }), twist: fc.constantFrom('', '', '', ' ', '-') }).map(({ indent, pairs, twist }) =>
  pairs.map((p, i) => `${i === 1 ? twist : ''}${indent}${p}`).join('\n'),
);
const line = fc.oneof(
  { arbitrary: fc.record({ key, nested: fc.oneof(mapList, nestedMap) }).map(({ key: k, nested }) => `${k}:\n${nested}`), weight: 3 },
  { arbitrary: fc.record({ key, gap: fc.constantFrom(' ', ' ', ' ', '  ', ''), value: written }).map(({ key: k, gap, value }) => `${k}:${value === '' ? '' : gap}${value}`), weight: 8 },
  { arbitrary: fc.record({ key, list: block }).map(({ key: k, list }) => `${k}:\n${list}`), weight: 2 },
  fc.constantFrom('', '# comment', '  # indented comment', '   ', '  continued', '---', '...', '%YAML 1.2', 'kpi:\n  - indicator: x\n    year: 2021', 'budget:\n  2020: 5', 'a:\tb', 'a: b\r', '\ufeffa: b', '\u00a0', ' \u00a0# x', 'a: b\u00a0', 'c: [d\u00a0, e]'),
);
const frontmatter = fc.record({ lines: fc.array(line, { minLength: 0, maxLength: 8 }), lead: fc.constantFrom('', '\n', '\n\n') }).map(({ lines, lead }) => lead + lines.join('\n'));

/** Every top-level key's position read both ways. */
function positions(text: string) {
  const full = parseYaml(text, { line: 1, column: 4 });
  const flat = readFlatYaml(text)!;
  const fast = flatSource(text, { line: 1, column: 4 }, flat);
  return [...flat.entries.keys()].flatMap((k) =>
    (['key', 'value'] as const).map((target) => ({ k, target, full: locate(full, [k], target), fast: locate(fast, [k], target) })),
  );
}

describe('readFlatYaml', () => {
  it('reads what yaml reads, with the same data and positions, on generated frontmatter', () => {
    let read = 0;
    let nested = 0;
    fc.assert(
      fc.property(frontmatter, (text) => {
        const flat = readFlatYaml(text);
        if (!flat) return;
        read++;
        if (/:\n +\S/.test(text)) nested++;
        const full = parseYaml(text);
        expect(full.doc.errors).toEqual([]);
        expect(flat.data).toStrictEqual(yamlData(full));
        for (const p of positions(text)) expect(p.fast, `${p.k} ${p.target}`).toEqual(p.full);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The subset is met often enough for the comparison to mean something.
    if (process.env.MASTERPLAN_FUZZ_SEED) console.log(`flat: ${read} of ${RUNS}, ${nested} nested`);
    expect(read).toBeGreaterThan(RUNS / 20);
    expect(nested).toBeGreaterThan(RUNS / 100);
  });

  it('reads the frontmatter of a typical initiative', () => {
    const text = '\ntitle: Inisiatif Uji 114 Pelayanan Publik\ndimension: smart-governance\nsupporting_opd: [bappelitbang, "dinas: x"]\nquick_win: false\nbudget: 2875000000\nfunding:\n  - APBD\n  - CSR\nelement:';
    const flat = readFlatYaml(text);
    expect(flat?.data).toStrictEqual(yamlData(parseYaml(text)));
    expect(flat?.data).toMatchObject({ quick_win: false, budget: 2875000000, funding: ['APBD', 'CSR'], element: null });
  });

  it('reads a list of KPIs and a budget by year, as yaml does', () => {
    const text = '\ntitle: x\nkpi:\n  - indicator: Pengguna aktif\n    target: "100%"\n    year: 2022\n  - indicator: Data terbuka\n    target: 300\nbudget:\n  2020: 50000000\n  2021: 100000000';
    const flat = readFlatYaml(text);
    expect(flat?.data).toStrictEqual(yamlData(parseYaml(text)));
    expect(flat?.data).toMatchObject({ kpi: [{ indicator: 'Pengguna aktif', target: '100%', year: 2022 }, { target: 300 }], budget: { 2020: 50000000 } });
    for (const p of positions(text)) expect(p.fast, `${p.k} ${p.target}`).toEqual(p.full);
  });

  it('leaves deeper nesting, anchors, decimals and duplicate keys to yaml', () => {
    for (const text of ['kpi:\n  - indicator:\n      deeper: 1', 'kpi:\n  - a: 1\n   b: 2', 'budget:\n  2020:\n    q1: 5', 'budget:\n  007: 5', 'a: &x b\nc: *x', 'budget: 1.500', 'a: 1\na: 2', 'kpi:\n  - a: 1\n    a: 2', 'a: "x\\ty"', 'a: [b,\n  c]']) {
      expect(readFlatYaml(text), text).toBeUndefined();
    }
  });

  it('makes the Document only when a rule asks for more than a top-level key', () => {
    const read = readYaml('\ntitle: x\nopd: y', { line: 1, column: 4 });
    if ('failure' in read) throw new Error('unexpected failure');
    expect(locate(read.yaml, ['opd'])).toEqual({ line: 3, column: 6 });
    expect(locate(read.yaml, ['missing'])).toEqual({ line: 2, column: 1 });
    expect(read.yaml.doc.getIn(['title'])).toBe('x');
  });
});
