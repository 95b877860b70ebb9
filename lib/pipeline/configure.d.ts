import { type BookConfig } from '../config/book-config.ts';
import type { ImageResolver } from '../content/images.ts';
import type { SourceFile } from '../content/source.ts';
import { type Lang } from '../i18n/lang.ts';
import { Runner } from '../rules/run.ts';
import type { Rule } from '../rules/rule.ts';
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
export declare function configure(source: SourceFile, images: ImageResolver, lang?: Lang, rules?: readonly Rule[]): Configured;
