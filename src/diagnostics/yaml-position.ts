import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Pair } from 'yaml';
import type { Position } from './diagnostic.ts';

/** A parsed YAML text and where it sits in its file, so any path maps back to a line and column. */
export interface YamlSource {
  doc: Document;
  lineCounter: LineCounter;
  /** File position of the YAML text's first character. */
  base: Position;
}

/** Parse YAML with exact positions; aliases are limited so an alias bomb cannot blow up memory. */
export function parseYaml(text: string, base: Position = { line: 1, column: 1 }): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  return { doc, lineCounter, base };
}

/** Plain data of a parsed YAML document. */
export function yamlData(src: YamlSource): unknown {
  return src.doc.toJS({ maxAliasCount: 100 });
}

/** Map a character offset of the YAML text to a file position. */
export function offsetPosition(src: YamlSource, offset: number): Position {
  const { line, col } = src.lineCounter.linePos(offset);
  if (line === 1) return { line: src.base.line, column: src.base.column + col - 1 };
  return { line: src.base.line + line - 1, column: col };
}

function keyName(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return key == null ? undefined : String(key);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}

/**
 * Position of the value (or key) at `path`. When the path does not exist, the deepest
 * existing key is used, so a missing or misplaced value still points somewhere useful.
 */
export function locate(src: YamlSource, path: readonly PropertyKey[], target: 'value' | 'key' = 'value'): Position {
  let node: unknown = src.doc.contents;
  let fallback = rangeStart(node) ?? 0;
  let lastPair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyName(p) === String(segment));
      if (!pair) return offsetPosition(src, fallback);
      lastPair = pair;
      fallback = rangeStart(pair.key) ?? fallback;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return offsetPosition(src, fallback);
      lastPair = undefined;
      node = item;
    } else {
      return offsetPosition(src, fallback);
    }
    fallback = rangeStart(node) ?? fallback;
  }
  const keyStart = lastPair ? rangeStart(lastPair.key) : undefined;
  const offset = target === 'key' && keyStart !== undefined ? keyStart : (rangeStart(node) ?? keyStart ?? fallback);
  return offsetPosition(src, offset);
}

/** Whether a key path exists in the document (used to tell "missing" from "wrong type"). */
export function hasPath(src: YamlSource, path: readonly PropertyKey[]): boolean {
  return src.doc.hasIn(path as unknown[]);
}
