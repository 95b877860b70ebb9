import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseLang, type Lang } from '../i18n/lang.ts';

/** `locale: en` written plainly as a top-level key: read without loading a YAML parser. */
const PLAIN_LOCALE = /^locale[ \t]*:[ \t]*(["']?)([A-Za-z-]+)\1[ \t]*(?:#.*)?$/m;

/**
 * The `locale` of the book at `content` (relative to cwd), read without checking anything,
 * so a command can speak the book's language before it has loaded it. Undefined when
 * there is no readable book.yml or it names no supported language. A plainly written
 * key is read by a pattern, so start-up does not wait for the YAML parser; any other
 * spelling is parsed in full.
 */
export function peekBookLocale(cwd: string, content: string): Lang | undefined {
  try {
    const text = readFileSync(path.resolve(cwd, content, 'book.yml'), 'utf8');
    if (!text.includes('locale')) return undefined;
    const plain = PLAIN_LOCALE.exec(text);
    if (plain) return parseLang(plain[2]);
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const data: unknown = parse(text, { maxAliasCount: 100 });
    return data && typeof data === 'object' ? parseLang((data as { locale?: unknown }).locale) : undefined;
  } catch {
    return undefined;
  }
}
