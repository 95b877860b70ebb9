import { type Lang } from '../i18n/lang.ts';
/**
 * The `locale` of the book at `content` (relative to cwd), read without checking anything,
 * so a command can speak the book's language before it has loaded it. Undefined when
 * there is no readable book.yml or it names no supported language.
 */
export declare function peekBookLocale(cwd: string, content: string): Lang | undefined;
