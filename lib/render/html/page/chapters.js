import { h } from "../h.js";
import { contentToHast } from "../markdown/to-hast.js";
import { permalink } from "./initiative.js";
/** A chapter's h2: its BAB label when it is numbered, its title, a permalink. */
export function chapterHeading(anchor, title, label, ctx) {
    const name = label ? `${label} ${title}` : title;
    return h('div', { className: ['heading-line', 'chapter-heading'] }, h('h2', {}, label ? [h('span', { className: ['chapter-label'] }, label), ' '] : null, title), permalink(anchor, name, ctx));
}
/** A signature block, right-aligned: place and date, role, room to sign, the name, the NIP. */
export function signatureBlock(s, label) {
    return h('div', { className: ['signature'] }, s.placeDate ? h('p', {}, s.placeDate) : null, label ? h('p', {}, `${label},`) : null, h('p', { className: ['signature-role'] }, s.role), h('div', { className: ['signature-space'] }), h('p', { className: ['signature-name'] }, s.name), s.nip ? h('p', {}, `NIP. ${s.nip}`) : null);
}
/** A front or back chapter: h2 title (with "BAB I" when numbered), body headings from h3, its signature block. */
export async function plainChapter(chapter, kind, ctx) {
    const anchor = chapter.anchor;
    const body = await contentToHast({ tree: chapter.body, file: chapter.path, scope: anchor, base: 3, label: chapter.title }, ctx);
    return h('section', { className: ['chapter', kind], id: anchor }, chapterHeading(anchor, chapter.title, chapter.label, ctx), body, chapter.signature ? signatureBlock(chapter.signature) : null);
}
/** The Lembar Pengesahan: statement, the regulation that adopts the book, place and date, its signers in a grid. */
export function approvalChapter(ctx) {
    const sheet = ctx.book.approval;
    if (!sheet)
        return undefined;
    const anchor = ctx.book.anchors.approval;
    return h('section', { className: ['chapter', 'front', 'approval'], id: anchor }, chapterHeading(anchor, ctx.l.approval, undefined, ctx), h('p', {}, sheet.statement), sheet.regulation ? h('p', { className: ['regulation'] }, `${ctx.l.adoptedBy} ${sheet.regulation}`) : null, sheet.placeDate ? h('p', { className: ['approval-date'] }, sheet.placeDate) : null, h('div', { className: ['signers', `signers-${sheet.signers.length}`] }, sheet.signers.map((s) => signatureBlock(s, s.label))));
}
