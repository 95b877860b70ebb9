import path from 'node:path';
import { ImageResolver } from "../content/images.js";
import { countSeverities, sortDiagnostics } from "../diagnostics/diagnostic.js";
import { UsageError } from "../errors.js";
import { assemble } from "../pipeline/assemble.js";
import { configure } from "../pipeline/configure.js";
import { parse } from "../pipeline/parse.js";
import { ContentDirError, read } from "../pipeline/read.js";
import { validate } from "../pipeline/validate.js";
const NO_CONTENT = {
    id: (dir) => `Folder konten \`${dir}\` tidak ditemukan. Jalankan perintah dari akar proyek buku atau beri \`--content <folder>\`.`,
    en: (dir) => `Content folder \`${dir}\` not found. Run the command from the book project's root or pass \`--content <dir>\`.`,
};
const NO_BOOK = {
    id: (file) => `Berkas \`${file}\` tidak ditemukan. Setiap proyek buku membutuhkan book.yml (lihat README, atau buat proyek baru dengan \`masterplan init\`).`,
    en: (file) => `\`${file}\` not found. Every book project needs a book.yml (see the README, or start one with \`masterplan init\`).`,
};
/** Display paths of every file the book holds. */
function placedFiles(book) {
    const intros = book.chapters.flatMap((c) => (c.intro ? [c.intro] : []));
    return new Set([...book.initiatives, ...book.front, ...book.back, ...intros].map((x) => x.file));
}
/** Every initiative file is in the book and none has an error, so counts over them can be judged. */
function isComplete(content, diagnostics) {
    if (content.unplaced.length > 0 || content.refs.length !== content.initiatives.length)
        return false;
    const failing = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    return content.initiatives.every((i) => !failing.has(i.file));
}
/** Read, parse, validate and assemble a book project: the whole check, with no output written. */
export async function loadBook(options) {
    const contentArg = options.content ?? 'content';
    const fallbackLang = options.lang ?? 'id';
    const stages = { read, parse, ...options.stages };
    const source = await stages.read(contentArg, options.cwd).catch((error) => {
        if (error instanceof ContentDirError)
            throw new UsageError(NO_CONTENT[fallbackLang](contentArg));
        throw error;
    });
    if (!source.book)
        throw new UsageError(NO_BOOK[fallbackLang](path.posix.join(contentArg.split(path.sep).join('/'), 'book.yml')));
    return checkSources({ ...source, book: source.book }, { ...options, parse: stages.parse });
}
/**
 * Check files already read (from disk, or from memory in tests): book.yml, then every
 * file on its own, then the assembled book as a whole.
 */
export function checkSources(source, options = {}) {
    const images = new ImageResolver(source.contentDir);
    const { config, runner, lang } = configure(source.book, images, options.lang, options.rules);
    const content = validate(source.files, { config, runner, images, parse: options.parse ?? parse });
    const logo = config.settings.logo ? images.resolve(source.book.path, config.settings.logo) : undefined;
    const draft = options.draft;
    const book = assemble(content, config, { lang, contentDir: source.contentDir, images: images.lookup, ...(logo ? { logo } : {}), ...(draft !== undefined ? { draft } : {}) });
    const intros = new Map([...content.intros].map(([id, c]) => [id, c.file]));
    const subject = { file: config.file, book, refs: content.refs, docs: content.docs, intros, complete: isComplete(content, runner.diagnostics) };
    runner.check('book', subject);
    const diagnostics = sortDiagnostics(runner.diagnostics);
    const placed = placedFiles(book);
    const excluded = source.files.map((f) => f.display).filter((f) => !placed.has(f));
    return { book, diagnostics, files: source.files.length + 1, excluded, ...countSeverities(diagnostics), lang };
}
