import type { z } from 'zod';
import { suggestKey } from '../diagnostics/key-aliases.ts';
import { valueAt } from '../diagnostics/describe.ts';
import { hasPath, type YamlSource } from '../diagnostics/yaml-position.ts';
import { keysAt } from '../diagnostics/zod-schema-walk.ts';

/** A problem zod found in a file's YAML. */
export type Issue = z.core.$ZodIssue;

/** The YAML of one file checked against its schema, as the schema rules see it. */
export interface SchemaSubject {
  file: string;
  yaml: YamlSource;
  data: unknown;
  schema: z.ZodType;
  /** The issues to report in this run. */
  issues: readonly Issue[];
  /** Every issue of the file: a rule may need the others not to say one thing twice. */
  all: readonly Issue[];
  /** Example values for keys of this file's schema, over the shared ones. */
  examples?: Readonly<Record<string, string>>;
}

/** A file's YAML after its schema: the usable value and the issues, split by what they cost. */
export interface Checked<T> {
  /** The value with every invalid part left out; undefined when the file cannot be placed. */
  value?: T;
  /** Issues on the keys that place the file (title, dimension, opd…): always errors. */
  identity: SchemaSubject;
  /** Issues on everything else: the value leaves those parts out. */
  rest: SchemaSubject;
}

const DROP = Symbol('drop');

function container(root: unknown, path: readonly PropertyKey[]): Record<PropertyKey, unknown> | undefined {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>) : undefined;
}

/** Mark the value at `path` for removal (its container when the value itself is absent). */
function drop(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = container(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (!parent || !(key in parent)) return drop(root, path.slice(0, -1));
  if (Array.isArray(parent)) parent[Number(key)] = DROP;
  else delete parent[key];
  return true;
}

function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== DROP).map(compact);
  if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, compact(v)]));
  return node;
}

/**
 * The data with every part zod rejects left out, parsed: a wrong optional value goes, a
 * wrong list item goes, an unknown key goes. Undefined when what is left still fails,
 * which happens when a required key is missing or wrong.
 */
export function prune<T>(schema: z.ZodType<T>, data: unknown): T | undefined {
  let current = structuredClone(data);
  for (let round = 0; round < 12; round++) {
    const result = schema.safeParse(current);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (const path of paths) if (!drop(current, path)) return undefined;
    }
    current = compact(current);
  }
  return undefined;
}

/** Split issues into those on identity keys and the rest; an unknown key that meant an identity key counts as one. */
function partition(schema: z.ZodType, issues: readonly Issue[], identityKeys: readonly string[]): [Issue[], Issue[]] {
  const identity: Issue[] = [];
  const rest: Issue[] = [];
  const isIdentity = (key: PropertyKey) => identityKeys.includes(String(key));
  for (const issue of issues) {
    if (issue.path.length > 0) (isIdentity(issue.path[0]!) ? identity : rest).push(issue);
    else if (issue.code !== 'unrecognized_keys') identity.push(issue);
    else {
      const known = keysAt(schema, []);
      const meant = issue.keys.filter((k) => isIdentity(suggestKey(k, known) ?? ''));
      if (meant.length) identity.push({ ...issue, keys: meant });
      const others = issue.keys.filter((k) => !meant.includes(k));
      if (others.length) rest.push({ ...issue, keys: others });
    }
  }
  return [identity, rest];
}

/** Check a file's YAML against its schema; `identityKeys` are the keys without which it cannot be placed. */
export function checkSchema<T>(
  schema: z.ZodType<T>,
  data: unknown,
  identityKeys: readonly string[],
  base: { file: string; yaml: YamlSource; examples?: Readonly<Record<string, string>> },
): Checked<T> {
  const result = schema.safeParse(data);
  const all = result.success ? [] : result.error.issues;
  const subject = (issues: Issue[]): SchemaSubject => ({ ...base, data, schema, issues, all });
  if (result.success) return { value: result.data, identity: subject([]), rest: subject([]) };
  const value = prune(schema, data);
  const [identity, rest] = partition(schema, all, identityKeys);
  // Whatever keeps the file out of the book must be reported as such.
  if (value === undefined && identity.length === 0) return { identity: subject([...all]), rest: subject([]) };
  return { ...(value === undefined ? {} : { value }), identity: subject(identity), rest: subject(rest) };
}

/** Paths of missing keys that an unknown key of the file probably meant (`judul` for `title`): said once, as the unknown key. */
export function meantPaths(subject: SchemaSubject): Set<string> {
  const meant = new Set<string>();
  for (const issue of subject.all) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(subject.schema, issue.path);
    for (const key of issue.keys) {
      const target = suggestKey(key, known);
      if (target) meant.add(JSON.stringify([...issue.path, target]));
    }
  }
  return meant;
}

/** Whether the issue is about a key that is not written at all. */
export function isMissing(subject: SchemaSubject, path: readonly PropertyKey[]): boolean {
  return valueAt(subject.data, path) === undefined && !hasPath(subject.yaml, path);
}
