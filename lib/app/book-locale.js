import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseLang } from "../i18n/lang.js";
/**
 * The `locale` of the book at `content` (relative to cwd), read without checking anything,
 * so a command can speak the book's language before it has loaded it. Undefined when
 * there is no readable book.yml or it names no supported language.
 */
export function peekBookLocale(cwd, content) {
    try {
        const text = readFileSync(path.resolve(cwd, content, 'book.yml'), 'utf8');
        const data = parse(text, { maxAliasCount: 100 });
        return data && typeof data === 'object' ? parseLang(data.locale) : undefined;
    }
    catch {
        return undefined;
    }
}
