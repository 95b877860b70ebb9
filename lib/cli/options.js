import { parseEditions } from "../app/editions.js";
import { peekBookLocale } from "../app/book-locale.js";
import { UsageError } from "../errors.js";
import { parseLang } from "../i18n/lang.js";
import { messages } from "../i18n/messages.js";
/** Add `--content` and `--lang` to a command. */
export function withCommonOptions(command) {
    return command
        .option('--content <dir>', 'folder proyek buku / book project folder', 'content')
        .option('--lang <id|en>', 'bahasa pesan dan label / language of messages and labels (default: book.yml locale)');
}
/** The language of a command's own texts: `--lang`, else the book's `locale`, else Indonesian. */
export function commandLang(options, io) {
    const book = peekBookLocale(io.cwd, options.content);
    if (options.lang === undefined)
        return book ?? 'id';
    const lang = parseLang(options.lang);
    if (!lang)
        throw new UsageError(messages(book ?? 'id').badLang(options.lang));
    return lang;
}
/** The language asked for with `--lang` (checked), to override the book's. */
export function requestedLang(options) {
    if (options.lang === undefined)
        return undefined;
    const lang = parseLang(options.lang);
    if (!lang)
        throw new UsageError(messages('id').badLang(options.lang));
    return lang;
}
/** Add the options of commands that write the book: `--out`, `--format`, `--draft`, `--final`. */
export function withEditionOptions(command) {
    return withDraftOptions(command.option('--out <dir>', 'folder hasil / output folder', 'dist').option('--format <list>', 'pdf,html', 'pdf,html'));
}
/** Add `--draft` and `--final`, which override book.yml `status`. */
export function withDraftOptions(command) {
    return command.option('--draft', 'cetak tanda KONSEP / print the KONSEP mark').option('--final', 'tanpa tanda KONSEP / no KONSEP mark');
}
/** `--format` as editions; a wrong name is a usage error. */
export function editionsOption(value, lang) {
    const editions = parseEditions(value);
    if ('unknown' in editions)
        throw new UsageError(messages(lang).badFormat(editions.unknown, 'pdf, html'));
    return editions;
}
/** `--draft` / `--final` as the override of book.yml `status`. */
export function draftOption(options, lang) {
    if (options.draft && options.final)
        throw new UsageError(messages(lang).draftAndFinal);
    return options.draft ? true : options.final ? false : undefined;
}
