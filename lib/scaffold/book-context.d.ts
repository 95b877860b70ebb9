import type { Lang } from '../i18n/lang.ts';
import type { BookFile } from '../schema/book.ts';
import type { NewContext } from './answers.ts';
/** The book as `new` sees it: its registries, rules and the ids already taken. */
export interface BookContext extends NewContext {
    settings: BookFile;
    /** Absolute path of the content folder. */
    contentDir: string;
}
/** Load what `new` needs from the book project at `content` (relative to cwd). */
export declare function loadBookContext(options: {
    cwd: string;
    content: string;
    lang?: Lang;
}): Promise<BookContext>;
