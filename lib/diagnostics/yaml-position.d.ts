import { LineCounter, type Document } from 'yaml';
import type { Position } from './diagnostic.ts';
/** A parsed YAML text and where it sits in its file, so any path maps back to a line and column. */
export interface YamlSource {
    doc: Document;
    lineCounter: LineCounter;
    /** File position of the YAML text's first character. */
    base: Position;
}
/** Parse YAML with exact positions; aliases are limited so an alias bomb cannot blow up memory. */
export declare function parseYaml(text: string, base?: Position): YamlSource;
/** Plain data of a parsed YAML document. */
export declare function yamlData(src: YamlSource): unknown;
/** Map a character offset of the YAML text to a file position. */
export declare function offsetPosition(src: YamlSource, offset: number): Position;
/**
 * Position of the value (or key) at `path`. When the path does not exist, the deepest
 * existing key is used, so a missing or misplaced value still points somewhere useful.
 */
export declare function locate(src: YamlSource, path: readonly PropertyKey[], target?: 'value' | 'key'): Position;
/** Whether a key path exists in the document (used to tell "missing" from "wrong type"). */
export declare function hasPath(src: YamlSource, path: readonly PropertyKey[]): boolean;
