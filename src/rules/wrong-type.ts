import { isScalar } from 'yaml';
import type { SchemaSubject } from '../content/schema-issues.ts';
import { isMissing, meantPaths } from '../content/schema-issues.ts';
import { kindName, kindOf, showPath, showValue, valueAt } from '../diagnostics/describe.ts';
import { exampleOf } from '../diagnostics/examples.ts';
import { listOfPlainValues } from '../diagnostics/zod-schema-walk.ts';
import type { Lang } from '../i18n/lang.ts';
import { defineRule } from './rule.ts';

type Hint = { hint: string; suggestion?: string };

/** How to write a number, true/false or a list that was written as text. */
function textHint(subject: SchemaSubject, path: readonly PropertyKey[], expected: string, value: string, lang: Lang): Hint | undefined {
  if (expected === 'number' || expected === 'int') {
    // Word's curly quotes are not quotes to YAML: “1500000000” is text with them in it.
    const digits = value.replace(/[“”„‟"'‘’]/g, '').replace(/^Rp\s*/i, '').replace(/[.\s]/g, '');
    if (/^\d+$/.test(digits)) return { hint: lang === 'id' ? `Tulis angka tanpa titik atau tanda kutip: ${digits}.` : `Write the number without dots or quotes: ${digits}.`, suggestion: digits };
  }
  if (expected === 'boolean') {
    const yes = /^(ya|yes|y|benar|iya)$/i.test(value);
    const no = /^(tidak|no|n|bukan|salah)$/i.test(value);
    if (!yes && !no) return { hint: lang === 'id' ? 'Tulis `true` atau `false`.' : 'Write `true` or `false`.' };
    const answer = yes ? 'true' : 'false';
    return { hint: lang === 'id' ? `Tulis \`${answer}\`.` : `Write \`${answer}\`.`, suggestion: answer };
  }
  if (expected === 'array' && listOfPlainValues(subject.schema, path)) {
    return { hint: lang === 'id' ? `Tulis sebagai daftar: [${value}].` : `Write it as a list: [${value}].`, suggestion: `[${value}]` };
  }
  return undefined;
}

/** The value as written in the file (`1.500`, not the 1.5 YAML read), when it is a plain scalar. */
function written(subject: SchemaSubject, path: readonly PropertyKey[]): string | undefined {
  const node = subject.yaml.doc.getIn(path, true);
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

/** How to write the value the schema expects, when there is something useful to say. */
function typeHint(subject: SchemaSubject, path: readonly PropertyKey[], expected: string, value: unknown, lang: Lang): Hint {
  const fromText = typeof value === 'string' ? textHint(subject, path, expected, value, lang) : undefined;
  if (fromText) return fromText;
  const raw = typeof value === 'number' ? written(subject, path) : undefined;
  if (expected === 'int' && raw && /^\d{1,3}(\.\d{3})+$/.test(raw)) {
    // `1.500` with the Indonesian thousands dot: YAML reads a decimal point.
    const digits = raw.replace(/\./g, '');
    return {
      hint: lang === 'id' ? `Titik di \`${raw}\` dibaca sebagai tanda desimal. Tulis rupiah penuh tanpa titik: ${digits}.` : `The dot in \`${raw}\` is read as a decimal point. Write whole rupiah without dots: ${digits}.`,
      suggestion: digits,
    };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return {
      hint:
        lang === 'id'
          ? 'Angka ini terlalu besar untuk dibaca (mungkin tertulis dengan `e`, seperti `1e400`). Tulis nilainya lengkap tanpa titik, misalnya `1500000000`.'
          : 'This number is too large to read (perhaps written with `e`, like `1e400`). Write the whole value without dots, e.g. `1500000000`.',
    };
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return { hint: lang === 'id' ? `Beri tanda kutip: "${value}".` : `Put it in quotes: "${value}".` };
  }
  if (expected === 'object' && path.length === 0) {
    return { hint: lang === 'id' ? 'Tulis sebagai baris `kunci: nilai`, misalnya `title: Aplikasi Tanjak`.' : 'Write it as `key: value` lines, e.g. `title: Tanjak App`.' };
  }
  const example = exampleOf(String(path[path.length - 1]), subject.examples);
  if ((expected === 'object' || expected === 'array') && example) {
    const line = `${String(path[path.length - 1])}: ${example}`;
    return { hint: lang === 'id' ? `Tulis misalnya \`${line}\`.` : `Write for example \`${line}\`.` };
  }
  if (expected === 'int' && typeof value === 'number') return { hint: lang === 'id' ? 'Gunakan bilangan bulat tanpa desimal.' : 'Use a whole number without decimals.' };
  return { hint: '' };
}

/** How the whole YAML block is named when it is not a set of keys at all. */
const WHOLE: Record<Lang, string> = { id: 'seluruh YAML', en: 'the whole YAML' };

/** A value has the wrong kind (text where a number is expected, and so on). */
export const wrongType = defineRule<{ key: string; found: string; expected: string; hint: string }>({
  id: 'wrong-type',
  severity: 'error',
  fatal: 'identity',
  description: 'A value is of the wrong kind, e.g. text where a number or true/false is expected.',
  message: {
    id: (p) => `Nilai \`${p.key}\` adalah ${p.found}, seharusnya ${p.expected}.${p.hint ? ` ${p.hint}` : ''}`,
    en: (p) => `\`${p.key}\` is ${p.found}; expected ${p.expected}.${p.hint ? ` ${p.hint}` : ''}`,
  },
  checks: {
    schema: (subject, { report, lang }) => {
      const meant = meantPaths(subject);
      for (const issue of subject.issues) {
        // Two unions: a budget (whole rupiah, or rupiah per year) and a KPI target (text or number, where a list or map is "not text").
        const expected = issue.code === 'invalid_type' ? issue.expected : issue.code === 'invalid_union' ? (issue.path.at(-1) === 'budget' ? 'int' : 'string') : undefined;
        if (expected === undefined || meant.has(JSON.stringify(issue.path))) continue;
        if (issue.code === 'invalid_type' && isMissing(subject, issue.path)) continue;
        const value = valueAt(subject.data, issue.path);
        const raw = typeof value === 'number' ? written(subject, issue.path) : undefined;
        const shown = value === null || value === undefined ? kindName('null', lang) : `${kindName(kindOf(value), lang)} (${raw ?? showValue(value)})`;
        const { hint, suggestion } = typeHint(subject, issue.path, expected, value, lang);
        const key = issue.path.length ? showPath(issue.path) : WHOLE[lang];
        report({ key, found: shown, expected: kindName(expected, lang, true), hint }, { path: issue.path, ...(suggestion !== undefined ? { suggestion } : {}) });
      }
    },
  },
});
