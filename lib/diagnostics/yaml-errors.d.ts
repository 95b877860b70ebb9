import type { YAMLError } from 'yaml';
import type { Lang } from '../i18n/lang.ts';
/** A YAML parser error in the user's language, with what to check. */
export declare function yamlErrorDetail(error: YAMLError, lang: Lang): string;
/** An alias bomb (aliases that expand to a huge document), in the user's language. */
export declare function aliasDetail(lang: Lang): string;
