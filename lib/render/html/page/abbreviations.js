import { h } from "../h.js";
import { chapterHeading } from "./chapters.js";
/** Daftar Singkatan: every OPD short name and funding source short form with its full name. */
export function abbreviationList(ctx) {
    const anchor = ctx.book.anchors.abbreviations;
    return h('section', { className: ['chapter', 'front', 'abbreviations'], id: anchor }, chapterHeading(anchor, ctx.l.abbreviations, undefined, ctx), h('dl', { className: ['abbreviation-list'] }, ctx.book.abbreviations.map((a) => h('div', {}, h('dt', {}, a.short), h('dd', {}, a.full)))));
}
