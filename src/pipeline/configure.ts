import { BOOK_EXAMPLES, BOOK_IDENTITY_KEYS, configFrom, salvage, type BookConfig } from '../config/book-config.ts';
import type { ImageResolver } from '../content/images.ts';
import { checkSchema } from '../content/schema-issues.ts';
import type { SourceFile } from '../content/source.ts';
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
 * Read and check book.yml: decode, YAML, schema, then the rules on the configuration
 * and the logo. Its rule settings are read first, so they apply to book.yml's own problems.
 */
export function configure(source: SourceFile, images: ImageResolver, lang?: Lang, rules?: readonly Rule[]): Configured {
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
  const config = configFrom(settings, file, checked?.value !== undefined);
  if (!frontmatter || !checked) return { config, runner, lang: bookLang };
  runner.check('schema', checked.identity, { fatal: true });
  runner.check('schema', checked.rest);
  runner.check('config', { file, yaml: frontmatter.yaml, data, config, ruleIds: RULE_IDS, fatalRuleIds: FATAL_RULE_IDS });
  if (settings.logo) runner.check('image', { file, position: locate(frontmatter.yaml, ['logo']), ref: images.resolve(source.path, settings.logo) });
  return { config, runner, lang: bookLang };
}
