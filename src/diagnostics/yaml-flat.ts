// A reader for the YAML most frontmatter is: one map of keys to plain or simply quoted scalars,
// lists of them, and one level below (a list of such maps, a map of years). Composing a `yaml`
// Document costs some 0.4 ms even for ten short lines, most of a check's YAML time; this reader
// takes a fraction of that. It is exact on its subset
// (same data, same positions as `yaml` with the core schema of YAML 1.2) and answers `undefined`
// for anything else, which then goes to `yaml` as before. tests/unit/yaml-flat.test.ts compares
// the two on generated texts.

/** A place in the YAML text: its 0-based line and 0-based column. */
export interface Place {
  row: number;
  col: number;
}

/** Where a top-level key and its value start (a list's `[` or first `-`), as `yaml` has their ranges. */
export interface FlatEntry {
  key: Place;
  value: Place;
}

/** What the reader made of a flat text: its data and where each top-level key and value starts. */
export interface FlatYaml {
  data: Record<string, unknown>;
  entries: Map<string, FlatEntry>;
}

/** Line breaks other than `\n`, tabs, controls and byte-order marks: left to `yaml`, which knows their rules. */
const AWKWARD = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
const KEY_LINE = /^([A-Za-z_][\w-]*):(?: +([^ ].*))?$/;
/** Words the core schema reads as something other than a string (a key like `true` is left to `yaml`). */
const SPECIAL_WORD = /^(?:true|false|null)$/i;
/** Whatever `yaml` could read as a number or a special value: only plain decimal integers are taken here. */
const NUMBER_LIKE = /^[-+.\d]|^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;
const INTEGER = /^(?:0|[1-9]\d{0,14})$/;
/** A plain scalar that starts with a letter or digit and holds nothing YAML gives a meaning (`: `, ` #`, flow marks). */
const PLAIN_BLOCK = /^[\p{L}\p{N}][^:#[\]{}\t]*$/u;
const PLAIN_FLOW = /^[\p{L}\p{N}][^:#[\]{},\t]*$/u;
const DOUBLE_QUOTED = /^"[^"\\]*"$/;
const SINGLE_QUOTED = /^'[^']*'$/;
const ITEM_LINE = /^( *)- +([^ ].*)$/;

/** YAML's white space here is the space alone (tabs are left to `yaml`); JavaScript's trim would also take U+00A0 and its kin, which YAML keeps. */
const trimSpaces = (text: string): string => text.replace(/^ +| +$/g, '');
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;

const NOT_FLAT = Symbol('not flat');
type Read = unknown;

/** A scalar as the core schema reads it, or NOT_FLAT when it may mean more than this reader knows. */
function scalar(written: string, flow: boolean): Read {
  const text = trimSpaces(written);
  if (DOUBLE_QUOTED.test(text) || SINGLE_QUOTED.test(text)) return text.slice(1, -1);
  if (!(flow ? PLAIN_FLOW : PLAIN_BLOCK).test(text)) return NOT_FLAT;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (INTEGER.test(text)) return Number(text);
  return NUMBER_LIKE.test(text) ? NOT_FLAT : text;
}

/** `[a, b]` on one line. */
function flowList(written: string): Read {
  const text = trimSpaces(written);
  if (!text.endsWith(']')) return NOT_FLAT;
  const inner = text.slice(1, -1);
  if (trimSpaces(inner) === '') return [];
  const items = inner.split(',').map((item) => scalar(trimSpaces(item), true));
  return items.includes(NOT_FLAT) ? NOT_FLAT : items;
}

/** A value written on its key's line. */
function inlineValue(written: string): Read {
  return written.startsWith('[') ? flowList(written) : scalar(written, false);
}

interface Cursor {
  lines: string[];
  at: number;
}

const skippable = (line: string): boolean => BLANK_OR_COMMENT.test(line);

/** A key inside a list item or a nested map: a name, or a whole number (`2020:`) that a plain object keys by its digits. */
const PAIR = /^([A-Za-z_][\w-]*|[1-9]\d{0,14}):(?: +([^ ].*))?$/;
const indentOf = (line: string): number => /^ */.exec(line)![0].length;

/** `key: value` into `map`; false when the key or its value is more than this reader knows. */
function addPair(map: Record<string, unknown>, text: string): boolean {
  const pair = PAIR.exec(text);
  const key = pair?.[1];
  if (!key || pair[2] === undefined || SPECIAL_WORD.test(key) || key === '__proto__' || Object.hasOwn(map, key)) return false;
  const value = inlineValue(pair[2]);
  if (value === NOT_FLAT) return false;
  map[key] = value;
  return true;
}

/** The `key: value` lines from the cursor at exactly `indent` spaces, up to a line indented less; false when one is not flat. */
function pairsAt(cursor: Cursor, indent: number, map: Record<string, unknown>): boolean {
  for (; cursor.at < cursor.lines.length; cursor.at++) {
    const line = cursor.lines[cursor.at]!;
    if (skippable(line)) continue;
    const depth = indentOf(line);
    if (depth < indent) return true;
    if (depth > indent || !addPair(map, line.slice(indent))) return false;
  }
  return true;
}

/** One `- …` item: a scalar, or a map whose first pair is on the item's line and the rest below it, aligned with it. */
function item(cursor: Cursor, line: string, content: string): Read {
  if (!PAIR.test(content)) return content.startsWith('[') ? NOT_FLAT : scalar(content, false);
  const map: Record<string, unknown> = {};
  if (!addPair(map, content)) return NOT_FLAT;
  cursor.at++;
  const flat = pairsAt(cursor, line.length - content.length, map);
  cursor.at--;
  return flat ? map : NOT_FLAT;
}

/** `- a` lines after a key with nothing on its line, all at one indentation. */
function blockList(cursor: Cursor): { value: Read; place: Place } {
  const items: unknown[] = [];
  let indent = -1;
  let place: Place = { row: 0, col: 0 };
  for (; cursor.at < cursor.lines.length; cursor.at++) {
    const line = cursor.lines[cursor.at]!;
    if (skippable(line)) continue;
    const match = ITEM_LINE.exec(line);
    if (!match) break;
    if (indent === -1) [indent, place] = [match[1]!.length, { row: cursor.at, col: match[1]!.length }];
    else if (match[1]!.length !== indent) return { value: NOT_FLAT, place };
    const value = item(cursor, line, match[2]!);
    if (value === NOT_FLAT) return { value, place };
    items.push(value);
  }
  return { value: items.length > 0 ? items : NOT_FLAT, place };
}

/** `key: value` lines indented under a key with nothing on its line. */
function blockMap(cursor: Cursor, row: number): { value: Read; place: Place } {
  const indent = indentOf(cursor.lines[row]!);
  const map: Record<string, unknown> = {};
  const flat = indent > 0 && pairsAt(cursor, indent, map);
  return { value: flat ? map : NOT_FLAT, place: { row, col: indent } };
}

/** The value of the key on line `row`, written after its colon at `colon`. */
function valueAfter(cursor: Cursor, row: number, written: string | undefined, colon: number): { value: Read; place: Place } {
  const line = cursor.lines[row]!;
  if (written !== undefined) return { value: inlineValue(written), place: { row, col: line.length - written.length } };
  let next = cursor.at;
  while (next < cursor.lines.length && skippable(cursor.lines[next]!)) next++;
  // Nothing written is `null`, which `yaml` points at just after the colon (trailing spaces are left to it).
  if (next === cursor.lines.length || KEY_LINE.test(cursor.lines[next]!)) return { value: line.length === colon + 1 ? null : NOT_FLAT, place: { row, col: colon + 1 } };
  return ITEM_LINE.test(cursor.lines[next]!) ? blockList(cursor) : blockMap(cursor, next);
}

/** The data and offsets of a flat YAML map, or undefined when the text is anything else (then `yaml` reads it). */
export function readFlatYaml(text: string): FlatYaml | undefined {
  if (AWKWARD.test(text)) return undefined;
  const lines = text.split('\n');
  const cursor: Cursor = { lines, at: 0 };
  const data: Record<string, unknown> = {};
  const entries = new Map<string, FlatEntry>();
  while (cursor.at < lines.length) {
    const row = cursor.at++;
    const line = lines[row]!;
    if (skippable(line)) continue;
    const match = KEY_LINE.exec(line);
    const key = match?.[1];
    if (!key || SPECIAL_WORD.test(key) || key === '__proto__' || entries.has(key)) return undefined;
    const { value, place } = valueAfter(cursor, row, match[2], key.length);
    if (value === NOT_FLAT) return undefined;
    data[key] = value;
    entries.set(key, { key: { row, col: 0 }, value: place });
  }
  return entries.size > 0 ? { data, entries } : undefined;
}
