import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { slugify } from "../domain/ids.js";
import { ChapterFrontmatter } from "../schema/chapter.js";
import { checkSchema } from "./schema-issues.js";
/** `front-kata-pengantar` from `front/02-kata-pengantar.md`: file name without its ordering number. */
function chapterId(rel, prefix) {
    const base = path.basename(rel, '.md').replace(/^\d+[-_ ]*/, '');
    return `${prefix}-${slugify(base) || 'bab'}`;
}
function frontmatterOf(parsed) {
    if (!parsed.frontmatter)
        return undefined;
    const { yaml, data } = parsed.frontmatter;
    return checkSchema(ChapterFrontmatter, data, [], { file: parsed.file, yaml });
}
/** Read a front or back chapter: its title from `title:` or its first `#` heading (which is then not repeated). */
export function draftChapter(parsed) {
    const schema = frontmatterOf(parsed);
    let title = schema?.value?.title;
    let body = parsed.body;
    const first = body.children[0];
    if (first?.type === 'heading' && first.depth === 1) {
        const heading = toString(first);
        title ??= heading;
        if (title === heading)
            body = { ...body, children: body.children.slice(1) };
    }
    return { file: parsed.file, bodyStart: parsed.bodyStart, ...(title ? { title } : {}), body, ...(schema ? { schema } : {}), parsed };
}
/** The chapter, or undefined when it has no title (the chapter rules say so). */
export function placeChapter(draft, prefix) {
    if (!draft.title)
        return undefined;
    const fm = draft.schema?.value;
    // Front chapters are preliminaries (Sambutan, Kata Pengantar) unless `bab: true`; back chapters are numbered unless `bab: false`.
    const bab = fm?.bab ?? prefix === 'back';
    const base = { id: chapterId(draft.parsed.source.rel, prefix), title: draft.title, body: draft.body, file: draft.file, path: draft.parsed.source.path, bab };
    return fm?.signature ? { ...base, signature: fm.signature } : base;
}
/** Read a dimension introduction, matched to its dimension by file name. */
export function draftIntro(parsed, config) {
    const name = path.basename(parsed.source.path, '.md');
    const found = config.index.resolve(name);
    const dimension = found ? { written: name, path: [], found } : { written: name, path: [], ...(config.index.suggest(name) ? { meant: config.index.suggest(name) } : {}) };
    const schema = frontmatterOf(parsed);
    return { file: parsed.file, rel: parsed.source.rel, dimension, allowed: config.dimensions.map((d) => `${d.id}.md`).join(', '), ...(schema ? { schema } : {}), parsed };
}
/** The introduction and its dimension, or undefined when the file name names no dimension. */
export function placeIntro(draft) {
    const dimension = draft.dimension.found;
    if (!dimension)
        return undefined;
    const title = draft.schema?.value?.title ?? dimension.name.id;
    return { dimension, chapter: { id: `intro-${dimension.id}`, title, body: draft.parsed.body, file: draft.file, path: draft.parsed.source.path, bab: false } };
}
