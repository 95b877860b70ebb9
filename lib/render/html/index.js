import { toHtml } from 'hast-util-to-html';
import { createContext } from "./context.js";
import { h } from "./h.js";
import { abbreviationList } from "./page/abbreviations.js";
import { annexes } from "./page/annexes.js";
import { approvalChapter, plainChapter } from "./page/chapters.js";
import { dimensionChapter } from "./page/dimension.js";
import { page } from "./page/document.js";
import { executiveSummary } from "./page/summary.js";
import { loadTemplate } from "./template.js";
/** Buku Satu in the order of Indonesian government books, as the PDF prints it. */
async function buku(ctx) {
    const { book } = ctx;
    const chapters = (list, kind) => Promise.all(list.map((c) => plainChapter(c, kind, ctx)));
    const back = [...book.back.filter((c) => c.number), ...book.back.filter((c) => !c.number)];
    return [
        h('div', { className: ['front-matter'] }, approvalChapter(ctx) ?? null, await chapters(book.front.filter((c) => !c.number), 'front'), abbreviationList(ctx), executiveSummary(ctx)),
        ...(await chapters(book.front.filter((c) => c.number), 'front')),
        ...(await Promise.all(book.chapters.map((c) => dimensionChapter(c, ctx)))),
        h('div', { className: ['back-matter'] }, await chapters(back, 'back')),
        annexes(ctx),
    ];
}
/** The executive summary as its own page: Sambutan, Ringkasan Eksekutif, Peta Jalan. */
async function ringkasan(ctx) {
    const sambutan = ctx.book.front.filter((c) => !c.number && /sambutan|foreword/.test(c.id));
    return [h('div', { className: ['front-matter'] }, await Promise.all(sambutan.map((c) => plainChapter(c, 'front', ctx))), executiveSummary(ctx)), annexes(ctx, ['roadmap'])];
}
/**
 * Render the book as one self-contained HTML page: the page is built as hast (so every
 * template value is escaped), content goes through sanitise, CSS and script are inlined.
 */
export async function renderHtml(book, kind = 'satu') {
    const ctx = createContext(book, kind);
    const template = await loadTemplate(book);
    const tree = page(ctx, template, kind === 'ringkasan' ? await ringkasan(ctx) : await buku(ctx));
    return { html: toHtml(tree, { upperDoctype: true }), assets: ctx.assets.assets };
}
