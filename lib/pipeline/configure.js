import { BOOK_EXAMPLES, BOOK_IDENTITY_KEYS, configFrom, salvage } from "../config/book-config.js";
import { checkSchema } from "../content/schema-issues.js";
import { locate } from "../diagnostics/yaml-position.js";
import { parseLang } from "../i18n/lang.js";
import { FATAL_RULE_IDS, RULE_IDS } from "../rules/catalogue.js";
import { Runner } from "../rules/run.js";
import { BookFile } from "../schema/book.js";
import { parseYamlFile } from "./parse.js";
/**
 * Read and check book.yml: decode, YAML, schema, then the rules on the configuration
 * and the logo. Its rule settings are read first, so they apply to book.yml's own problems.
 */
export function configure(source, images, lang, rules) {
    const parsed = parseYamlFile(source);
    const file = source.display;
    const frontmatter = parsed.frontmatter;
    const data = frontmatter?.data;
    const checked = frontmatter ? checkSchema(BookFile, data, BOOK_IDENTITY_KEYS, { file, yaml: frontmatter.yaml, examples: BOOK_EXAMPLES }) : undefined;
    const settings = checked?.value ?? salvage(data);
    const bookLang = lang ?? parseLang(data?.locale) ?? 'id';
    const runner = new Runner(bookLang, settings.rules?.severity ?? {}, rules);
    runner.check('parsed', parsed);
    if (parsed.text !== undefined)
        runner.check('text', { file, text: parsed.text });
    const config = configFrom(settings, file, checked?.value !== undefined);
    if (!frontmatter || !checked)
        return { config, runner, lang: bookLang };
    runner.check('schema', checked.identity, { fatal: true });
    runner.check('schema', checked.rest);
    runner.check('config', { file, yaml: frontmatter.yaml, data, config, ruleIds: RULE_IDS, fatalRuleIds: FATAL_RULE_IDS });
    if (settings.logo)
        runner.check('image', { file, position: locate(frontmatter.yaml, ['logo']), ref: images.resolve(source.path, settings.logo) });
    return { config, runner, lang: bookLang };
}
