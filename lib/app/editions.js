import { messages } from "../i18n/messages.js";
/** Parse `--format pdf,html` into editions, or name the first value that is not one. */
export function parseEditions(value) {
    const chosen = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const bad = chosen.find((f) => f !== 'pdf' && f !== 'html');
    return bad !== undefined ? { unknown: bad } : new Set(chosen.filter((f) => f === 'pdf' || f === 'html'));
}
/** SOURCE_DATE_EPOCH as seconds, when set to a whole number. */
export function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH;
    return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
/** The books `build --book` makes. */
export const BOOK_KINDS = ['satu', 'ringkasan'];
/** The file name of a book's editions, without extension. */
export const BOOK_FILES = { satu: 'buku-satu', ringkasan: 'ringkasan-eksekutif' };
/** Render the chosen editions of a checked book, naming each step on the progress line. */
export async function renderEditions(book, editions, options) {
    const text = messages(options.lang);
    const kind = options.book ?? 'satu';
    const name = BOOK_FILES[kind];
    const rendered = { files: [] };
    if (editions.has('html')) {
        options.progress.step(text.rendering('HTML'));
        // Renderers load on demand, so `check` and `--help` start without pdfkit and its fonts.
        const { renderHtml } = await import("../render/html/index.js");
        const html = await renderHtml(book, kind);
        rendered.html = html;
        rendered.files.push({ name: `${name}.html`, data: html.html }, ...html.assets.map((a) => ({ name: a.name, data: a.data })));
    }
    if (editions.has('pdf')) {
        options.progress.step(text.rendering('PDF'));
        const epoch = options.sourceDateEpoch;
        const { renderPdf } = await import("../render/pdf/index.js");
        const onPage = (done, total) => {
            if (done % 10 === 0 || done === total)
                options.progress.step(text.renderingPages(done, total));
        };
        rendered.files.push({ name: `${name}.pdf`, data: await renderPdf(book, { onPage, book: kind, ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}) }) });
    }
    options.progress.done();
    return rendered;
}
