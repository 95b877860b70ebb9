import type { Position } from '../diagnostics/diagnostic.ts';
import { aliasDetail, yamlErrorDetail } from '../diagnostics/yaml-errors.ts';
import { offsetPosition, parseYaml, yamlData, type YamlSource } from '../diagnostics/yaml-position.ts';
import { invalidEncoding } from '../rules/invalid-encoding.ts';
import type { Reporter } from '../rules/rule.ts';
import { yamlSyntax } from '../rules/yaml-syntax.ts';
import { decode } from './decode.ts';
import type { SourceFile } from './read.ts';

/** The text of a file, or undefined after reporting where its UTF-8 breaks. */
export function readText(file: SourceFile, reporter: Reporter): string | undefined {
  const decoded = decode(file.bytes);
  if (decoded.ok) return decoded.text;
  const byte = `0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  reporter.report(invalidEncoding, file.display, decoded.position, { byte });
  return undefined;
}

/**
 * YAML with positions from `base` and its plain data (an empty document is `{}`), or
 * undefined after reporting its first error (later ones are mostly knock-on effects).
 */
export function readYaml(text: string, base: Position, file: SourceFile, reporter: Reporter): { yaml: YamlSource; data: unknown } | undefined {
  const yaml = parseYaml(text, base);
  const error = yaml.doc.errors[0];
  if (error) {
    reporter.report(yamlSyntax, file.display, offsetPosition(yaml, error.pos[0]), { detail: yamlErrorDetail(error, reporter.lang) });
    return undefined;
  }
  try {
    return { yaml, data: yamlData(yaml) ?? {} };
  } catch (thrown) {
    // `yaml` refuses to expand an alias bomb; say so instead of failing the whole run.
    if (!(thrown instanceof Error) || !/alias/i.test(thrown.message)) throw thrown;
    reporter.report(yamlSyntax, file.display, base, { detail: aliasDetail(reporter.lang) });
    return undefined;
  }
}
