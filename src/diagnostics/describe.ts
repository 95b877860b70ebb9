import type { Lang } from '../i18n/lang.ts';

const KINDS: Record<string, Record<Lang, string>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'kumpulan kunci dan nilai', en: 'a set of keys and values' },
  null: { id: 'kosong', en: 'empty' },
  undefined: { id: 'kosong', en: 'empty' },
};

const EXAMPLES: Record<string, Record<Lang, string>> = {
  array: { id: 'daftar (misalnya `[A, B]`)', en: 'a list (e.g. `[A, B]`)' },
};

/** The kind of a value in words ("teks", "angka"…); `asExpected` adds how to write it. */
export function kindName(kind: string, lang: Lang, asExpected = false): string {
  return (asExpected ? EXAMPLES[kind]?.[lang] : undefined) ?? KINDS[kind]?.[lang] ?? kind;
}

/** The kind of a JavaScript value as a schema names it. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'number';
  return typeof value;
}

/** A short printable form of a found value. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (value === undefined) return '';
  // YAML reads `1e400` as Infinity, which JSON would print as `null`.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** A key path for people: `kpi #1 › target`. Lists count from 1. */
export function showPath(path: readonly PropertyKey[]): string {
  return path.map((s) => (typeof s === 'number' ? `#${s + 1}` : String(s))).join(' › ');
}

/** Read a value at a path of plain data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
