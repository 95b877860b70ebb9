import type { Frontmatter, ParseFailure } from '../content/parsed.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import { readFlatYaml } from '../diagnostics/yaml-flat.ts';
import { flatSource, offsetPosition, parseYaml, yamlData } from '../diagnostics/yaml-position.ts';
import { decode } from './decode.ts';

/**
 * Saved as UTF-16 (Notepad's "Unicode"): a byte-order mark, or every other byte NUL in
 * text that is mostly ASCII. Such a file may even decode as UTF-8, full of NULs.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 400);
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul++;
  return sample.length >= 8 && nul * 3 >= sample.length;
}

/** The text of a file, or where its UTF-8 breaks. */
export function readText(bytes: Uint8Array): { text: string } | { failure: ParseFailure } {
  if (looksUtf16(bytes)) return { failure: { kind: 'encoding', position: { line: 1, column: 1 }, byte: bytes[0] ?? 0, utf16: true } };
  const decoded = decode(bytes);
  if (decoded.ok) return { text: decoded.text };
  return { failure: { kind: 'encoding', position: decoded.position, byte: decoded.byte } };
}

/**
 * YAML with positions from `base` and its plain data (an empty document is `{}`), or its
 * first error (later ones are mostly knock-on effects).
 */
export function readYaml(text: string, base: Position): Frontmatter | { failure: ParseFailure } {
  const flat = readFlatYaml(text);
  if (flat) return { yaml: flatSource(text, base, flat), data: flat.data };
  const yaml = parseYaml(text, base);
  const error = yaml.doc.errors[0];
  if (error) return { failure: { kind: 'yaml', position: offsetPosition(yaml, error.pos[0]), error } };
  try {
    return { yaml, data: yamlData(yaml) ?? {} };
  } catch (thrown) {
    // `yaml` refuses to expand an alias bomb; say so instead of failing the whole run.
    if (!(thrown instanceof Error) || !/alias/i.test(thrown.message)) throw thrown;
    return { failure: { kind: 'aliases', position: base } };
  }
}
