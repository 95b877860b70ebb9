import type { Command } from 'commander';
import { type Edition } from '../app/editions.ts';
import type { Io } from '../io/io.ts';
import { type Lang } from '../i18n/lang.ts';
/** Options every command takes. */
export interface CommonOptions {
    content: string;
    lang?: string;
}
/** Add `--content` and `--lang` to a command. */
export declare function withCommonOptions(command: Command): Command;
/** The language of a command's own texts: `--lang`, else the book's `locale`, else Indonesian. */
export declare function commandLang(options: CommonOptions, io: Pick<Io, 'cwd'>): Lang;
/** The language asked for with `--lang` (checked), to override the book's. */
export declare function requestedLang(options: CommonOptions): Lang | undefined;
/** Add the options of commands that write the book: `--out`, `--format`, `--draft`, `--final`. */
export declare function withEditionOptions(command: Command): Command;
/** Add `--draft` and `--final`, which override book.yml `status`. */
export declare function withDraftOptions(command: Command): Command;
/** `--format` as editions; a wrong name is a usage error. */
export declare function editionsOption(value: string, lang: Lang): Set<Edition>;
/** `--draft` / `--final` as the override of book.yml `status`. */
export declare function draftOption(options: {
    draft?: boolean;
    final?: boolean;
}, lang: Lang): boolean | undefined;
