import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { parseLang, type Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';

/** Options every command takes. */
export interface CommonOptions {
  content: string;
  lang?: string;
}

/** Add `--content` and `--lang` to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .option('--content <dir>', 'folder proyek buku / book project folder', 'content')
    .option('--lang <id|en>', 'bahasa pesan dan label / language of messages and labels (default: book.yml locale)');
}

/** The language asked for with `--lang`, checked. */
export function requestedLang(options: CommonOptions): Lang | undefined {
  if (options.lang === undefined) return undefined;
  const lang = parseLang(options.lang);
  if (!lang) throw new UsageError(messages('id').badLang(options.lang));
  return lang;
}
