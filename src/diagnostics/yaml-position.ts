import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Pair } from 'yaml';
import type { Position } from './diagnostic.ts';
import type { FlatYaml, Place } from './yaml-flat.ts';

/** A parsed YAML text and where it sits in its file, so any path maps back to a line and column. */
export interface YamlSource {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** File position of the YAML text's first character. */
  base: Position;
  /** The offsets of its top-level keys, when the flat reader read it: enough to place most messages without `doc`. */
  readonly flat?: FlatYaml;
}

/** Parse YAML with exact positions; aliases are limited so an alias bomb cannot blow up memory. */
export function parseYaml(text: string, base: Position = { line: 1, column: 1 }): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  return { doc, lineCounter, base };
}

/**
 * A text the flat reader read (src/diagnostics/yaml-flat.ts): its Document is composed by
 * `yaml` only when something asks for more than a top-level key's position, which in a book
 * without problems nothing does.
 */
class FlatSource implements YamlSource {
  #full: YamlSource | undefined;
  constructor(
    private readonly text: string,
    readonly base: Position,
    readonly flat: FlatYaml,
  ) {}

  get doc(): Document {
    return this.full().doc;
  }

  get lineCounter(): LineCounter {
    return this.full().lineCounter;
  }

  private full(): YamlSource {
    return (this.#full ??= parseYaml(this.text, this.base));
  }
}

/** A YAML text the flat reader read, with its Document made on demand. */
export function flatSource(text: string, base: Position, flat: FlatYaml): YamlSource {
  return new FlatSource(text, base, flat);
}

/** Plain data of a parsed YAML document. */
export function yamlData(src: YamlSource): unknown {
  return src.doc.toJS({ maxAliasCount: 100 });
}

/** Map a line and column of the YAML text to a file position. */
function placePosition(src: YamlSource, { row, col }: Place): Position {
  return row === 0 ? { line: src.base.line, column: src.base.column + col } : { line: src.base.line + row, column: col + 1 };
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
  const entry = path.length === 1 ? src.flat?.entries.get(String(path[0])) : undefined;
  if (entry) return placePosition(src, target === 'key' ? entry.key : entry.value);
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
