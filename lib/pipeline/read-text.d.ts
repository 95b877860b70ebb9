import type { Frontmatter, ParseFailure } from '../content/parsed.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
/** The text of a file, or where its UTF-8 breaks. */
export declare function readText(bytes: Uint8Array): {
    text: string;
} | {
    failure: ParseFailure;
};
/**
 * YAML with positions from `base` and its plain data (an empty document is `{}`), or its
 * first error (later ones are mostly knock-on effects).
 */
export declare function readYaml(text: string, base: Position): Frontmatter | {
    failure: ParseFailure;
};
