import type { z } from 'zod';
import type { Lang } from '../i18n/lang.ts';
import type { Reporter } from '../rules/rule.ts';
import { requiredKey } from '../rules/required-key.ts';
import { wrongType } from '../rules/wrong-type.ts';
import { unknownKey } from '../rules/unknown-key.ts';
import { invalidValue } from '../rules/invalid-value.ts';
import { invalidFormat } from '../rules/invalid-format.ts';
import { outOfRange } from '../rules/out-of-range.ts';
import { kindName, kindOf, showPath, showValue, valueAt } from './describe.ts';
import { KEY_ALIASES } from './key-aliases.ts';
import { closest } from './suggest.ts';
import { hasPath, locate, type YamlSource } from './yaml-position.ts';
import { keysAt, listOfPlainValues } from './zod-schema-walk.ts';

/** Where zod issues are reported: one file, its YAML, its data and its schema. */
export interface IssueContext {
  reporter: Reporter;
  file: string;
  yaml: YamlSource;
  data: unknown;
  schema: z.ZodType;
  /** Example values for keys of this file's schema, over the shared ones. */
  examples?: Readonly<Record<string, string>>;
}

const EXAMPLES: Record<string, string> = {
  title: 'Aplikasi Tanjak',
  dimension: 'smart-governance',
  opd: 'diskominfo',
  city: 'Kota Tanjungpinang',
  period: '{ start: 2019, end: 2023 }',
  start: '2019',
  end: '2023',
  id: 'nama-singkat',
  name: 'Dinas Komunikasi dan Informatika',
  signer: 'Nama Wali Kota',
  role: 'Wali Kota',
  indicator: 'Pengguna aktif bulanan',
  target: '"10.000"',
};

function exampleOf(ctx: IssueContext, key: string): string | undefined {
  return ctx.examples?.[key] ?? EXAMPLES[key];
}

function reportMissing(ctx: IssueContext, path: readonly PropertyKey[]): void {
  const key = String(path[path.length - 1]);
  const position = locate(ctx.yaml, path.slice(0, -1), 'key');
  ctx.reporter.report(requiredKey, ctx.file, position, { key: showPath(path), line: `${key}: ${exampleOf(ctx, key) ?? '…'}` });
}

/** Keys that an unknown key probably meant: reporting them as missing too would say the same thing twice. */
function meantKeys(ctx: IssueContext, issues: readonly z.core.$ZodIssue[]): Set<string> {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(ctx.schema, issue.path);
    for (const key of issue.keys) {
      const target = suggestKey(key, known);
      if (target) meant.add(JSON.stringify([...issue.path, target]));
    }
  }
  return meant;
}

function suggestKey(key: string, known: readonly string[]): string | undefined {
  const alias = KEY_ALIASES[key.toLowerCase()];
  return alias && known.includes(alias) ? alias : closest(key, known.map((k) => [k, k] as const));
}

function typeHint(ctx: IssueContext, path: readonly PropertyKey[], expected: string, value: unknown): { hint: string; suggestion?: string } {
  const lang = ctx.reporter.lang;
  if ((expected === 'number' || expected === 'int') && typeof value === 'string') {
    const digits = value.replace(/^Rp\s*/i, '').replace(/[.\s]/g, '');
    if (/^\d+$/.test(digits)) {
      const hint = lang === 'id' ? `Tulis angka tanpa titik atau tanda kutip: ${digits}.` : `Write the number without dots or quotes: ${digits}.`;
      return { hint, suggestion: digits };
    }
  }
  if (expected === 'boolean' && typeof value === 'string') {
    const yes = /^(ya|yes|y|benar|iya)$/i.test(value);
    const no = /^(tidak|no|n|bukan|salah)$/i.test(value);
    if (yes || no) {
      const answer = yes ? 'true' : 'false';
      return { hint: lang === 'id' ? `Tulis \`${answer}\`.` : `Write \`${answer}\`.`, suggestion: answer };
    }
    return { hint: lang === 'id' ? 'Tulis `true` atau `false`.' : 'Write `true` or `false`.' };
  }
  if (expected === 'array' && typeof value === 'string' && listOfPlainValues(ctx.schema, path)) {
    return { hint: lang === 'id' ? `Tulis sebagai daftar: [${value}].` : `Write it as a list: [${value}].`, suggestion: `[${value}]` };
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return { hint: lang === 'id' ? `Beri tanda kutip: "${value}".` : `Put it in quotes: "${value}".` };
  }
  if (expected === 'object' && path.length === 0) {
    return { hint: lang === 'id' ? 'Tulis sebagai baris `kunci: nilai`, misalnya `title: Aplikasi Tanjak`.' : 'Write it as `key: value` lines, e.g. `title: Tanjak App`.' };
  }
  const example = exampleOf(ctx, String(path[path.length - 1]));
  if ((expected === 'object' || expected === 'array') && example) {
    const line = `${String(path[path.length - 1])}: ${example}`;
    return { hint: lang === 'id' ? `Tulis misalnya \`${line}\`.` : `Write for example \`${line}\`.` };
  }
  if (expected === 'int' && typeof value === 'number') {
    return { hint: lang === 'id' ? 'Gunakan bilangan bulat tanpa desimal.' : 'Use a whole number without decimals.' };
  }
  return { hint: '' };
}

/** How the whole YAML block is named when it is not a set of keys at all. */
const WHOLE: Record<Lang, string> = { id: 'seluruh YAML', en: 'the whole YAML' };

function reportType(ctx: IssueContext, issue: z.core.$ZodIssueInvalidType): void {
  const value = valueAt(ctx.data, issue.path);
  if (value === undefined && !hasPath(ctx.yaml, issue.path)) return reportMissing(ctx, issue.path);
  const lang = ctx.reporter.lang;
  const expected = issue.expected === 'int' ? 'int' : issue.expected;
  const shown = value === null || value === undefined ? kindName('null', lang) : `${kindName(kindOf(value), lang)} (${showValue(value)})`;
  const { hint, suggestion } = typeHint(ctx, issue.path, expected, value);
  ctx.reporter.report(
    wrongType,
    ctx.file,
    locate(ctx.yaml, issue.path),
    { key: issue.path.length ? showPath(issue.path) : WHOLE[lang], found: shown, expected: kindName(expected, lang, true), hint },
    suggestion,
  );
}

function reportUnknownKeys(ctx: IssueContext, issue: z.core.$ZodIssueUnrecognizedKeys): void {
  const known = keysAt(ctx.schema, issue.path);
  for (const key of issue.keys) {
    const meant = suggestKey(key, known);
    const params = { key, known: known.join(', '), ...(meant ? { meant } : {}) };
    ctx.reporter.report(unknownKey, ctx.file, locate(ctx.yaml, [...issue.path, key], 'key'), params, meant);
  }
}

function reportValue(ctx: IssueContext, issue: z.core.$ZodIssueInvalidValue): void {
  const found = showValue(valueAt(ctx.data, issue.path));
  const allowed = issue.values.map(String);
  const exact = allowed.find((v) => v.toLowerCase() === found.toLowerCase());
  const meant = exact ?? closest(found, allowed.map((v) => [v, v] as const));
  const params = { key: showPath(issue.path), found, allowed: allowed.join(', '), ...(meant ? { meant } : {}) };
  ctx.reporter.report(invalidValue, ctx.file, locate(ctx.yaml, issue.path), params, meant);
}

function formatExpectation(issue: z.core.$ZodIssueInvalidStringFormat, lang: Lang, found: string): { text: string; suggestion?: string } {
  if (issue.format === 'date') return { text: lang === 'id' ? 'tanggal ditulis TTTT-BB-HH, misalnya 2019-07-30' : 'a date written YYYY-MM-DD, e.g. 2019-07-30' };
  const slug = found
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const text =
    lang === 'id'
      ? `hanya huruf kecil, angka dan tanda hubung, misalnya \`${slug || 'nama-singkat'}\``
      : `only lower-case letters, digits and dashes, e.g. \`${slug || 'short-name'}\``;
  return slug ? { text, suggestion: slug } : { text };
}

function reportFormat(ctx: IssueContext, issue: z.core.$ZodIssueInvalidStringFormat): void {
  const found = showValue(valueAt(ctx.data, issue.path));
  const { text, suggestion } = formatExpectation(issue, ctx.reporter.lang, found);
  ctx.reporter.report(invalidFormat, ctx.file, locate(ctx.yaml, issue.path), { key: showPath(issue.path), found, expected: text }, suggestion);
}

function rangeExpectation(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, lang: Lang): string {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  if (issue.origin === 'string') return lang === 'id' ? 'tidak boleh kosong' : 'must not be empty';
  if (issue.origin === 'array') return lang === 'id' ? `paling sedikit ${limit} isi` : `at least ${limit} item(s)`;
  if (small) return lang === 'id' ? `paling kecil ${limit}` : `at least ${limit}`;
  return lang === 'id' ? `paling besar ${limit}` : `at most ${limit}`;
}

function reportRange(ctx: IssueContext, issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): void {
  const found = showValue(valueAt(ctx.data, issue.path)) || '""';
  const expected = rangeExpectation(issue, ctx.reporter.lang);
  ctx.reporter.report(outOfRange, ctx.file, locate(ctx.yaml, issue.path), { key: showPath(issue.path), found, expected });
}

/** Turn zod issues into diagnostics that point at the offending value and say how to fix it. */
export function reportZodIssues(ctx: IssueContext, issues: readonly z.core.$ZodIssue[]): void {
  const meant = meantKeys(ctx, issues);
  for (const issue of issues) {
    if (issue.code === 'invalid_type' && meant.has(JSON.stringify(issue.path))) continue;
    switch (issue.code) {
      case 'invalid_type':
        reportType(ctx, issue);
        break;
      case 'unrecognized_keys':
        reportUnknownKeys(ctx, issue);
        break;
      case 'invalid_value':
        reportValue(ctx, issue);
        break;
      case 'invalid_format':
        reportFormat(ctx, issue as z.core.$ZodIssueInvalidStringFormat);
        break;
      case 'too_small':
      case 'too_big':
        reportRange(ctx, issue);
        break;
      case 'invalid_union':
        // The only union is a KPI target (text or number): a list or map there is "not text".
        reportType(ctx, { code: 'invalid_type', expected: 'string', path: issue.path, message: issue.message, input: undefined });
        break;
      default: {
        const found = showValue(valueAt(ctx.data, issue.path));
        ctx.reporter.report(invalidFormat, ctx.file, locate(ctx.yaml, issue.path), { key: showPath(issue.path), found, expected: issue.message });
      }
    }
  }
}
