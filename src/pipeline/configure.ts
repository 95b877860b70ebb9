import { BOOK_EXAMPLES, BOOK_IDENTITY_KEYS, configFrom, salvage, type BookConfig } from '../config/book-config.ts';
import type { ImageResolver } from '../content/images.ts';
import { checkSchema } from '../content/schema-issues.ts';
import type { SourceFile } from '../content/source.ts';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import { locate } from '../diagnostics/yaml-position.ts';
import { parseLang, type Lang } from '../i18n/lang.ts';
import { FATAL_RULE_IDS, RULE_IDS } from '../rules/catalogue.ts';
import { Runner } from '../rules/run.ts';
import type { Rule } from '../rules/rule.ts';
import { BookFile } from '../schema/book.ts';
import { parseYamlFile } from './parse-yaml.ts';

/** book.yml read and checked: the configuration, and the runner that applies its rule settings to the rest. */
export interface Configured {
  config: BookConfig;
  runner: Runner;
  lang: Lang;
}

/**
 * What checking book.yml found that follows from its bytes and the run's settings alone:
 * all but the logo's file, which may change on its own and is looked at every time.
 */
export interface KeptConfig {
  settings: BookFile;
  /** The settings passed the schema (else they are salvaged). */
  placed: boolean;
  lang: Lang;
  diagnostics: Diagnostic[];
  /** Where `logo:` is written, when the logo is checked. */
  logo?: Position;
}

/** Where book.yml's checked settings may come from and go to (the content cache), so an unchanged one is not parsed again. */
export interface ConfigMemo {
  recallConfig(source: SourceFile): KeptConfig | undefined;
  keepConfig(source: SourceFile, kept: KeptConfig): void;
}

/** The configuration from what checking book.yml found, with the logo's file checked now. */
function configured(kept: KeptConfig, source: SourceFile, images: ImageResolver, rules?: readonly Rule[]): Configured {
  const { settings, lang, logo } = kept;
  const file = source.display;
  const runner = new Runner(lang, settings.rules?.severity ?? {}, rules);
  runner.add(kept.diagnostics);
  const config = configFrom(settings, file, kept.placed);
  if (settings.logo && logo) runner.check('image', { file, position: logo, ref: images.resolve(source.path, settings.logo) });
  return { config, runner, lang };
}

/**
 * Read and check book.yml: decode, YAML, schema, then the rules on the configuration
 * and the logo. Its rule settings are read first, so they apply to book.yml's own problems.
 * With a `memo`, an unchanged book.yml is not parsed again (the YAML parser's first run
 * is a tenth of a cached check).
 */
export function configure(source: SourceFile, images: ImageResolver, lang?: Lang, rules?: readonly Rule[], memo?: ConfigMemo): Configured {
  const recalled = memo?.recallConfig(source);
  if (recalled) return configured(recalled, source, images, rules);
  const kept = checkBookFile(source, lang, rules);
  memo?.keepConfig(source, kept);
  return configured(kept, source, images, rules);
}

/** Parse book.yml and run its own checks: everything but its logo's file. */
function checkBookFile(source: SourceFile, lang?: Lang, rules?: readonly Rule[]): KeptConfig {
  const parsed = parseYamlFile(source);
  const file = source.display;
  const frontmatter = parsed.frontmatter;
  const data = frontmatter?.data;
  const checked = frontmatter ? checkSchema(BookFile, data, BOOK_IDENTITY_KEYS, { file, yaml: frontmatter.yaml, examples: BOOK_EXAMPLES }) : undefined;
  const settings = checked?.value ?? salvage(data);
  const bookLang = lang ?? parseLang((data as { locale?: unknown } | undefined)?.locale) ?? 'id';
  const runner = new Runner(bookLang, settings.rules?.severity ?? {}, rules);
  runner.check('parsed', parsed);
  if (parsed.text !== undefined) runner.check('text', { file, text: parsed.text });
  const placed = checked?.value !== undefined;
  const kept = { settings, placed, lang: bookLang, diagnostics: runner.diagnostics };
  if (!frontmatter || !checked) return kept;
  runner.check('schema', checked.identity, { fatal: true });
  runner.check('schema', checked.rest);
  const config = configFrom(settings, file, placed);
  runner.check('config', { file, yaml: frontmatter.yaml, data, config, ruleIds: RULE_IDS, fatalRuleIds: FATAL_RULE_IDS });
  return settings.logo ? { ...kept, logo: locate(frontmatter.yaml, ['logo']) } : kept;
}
