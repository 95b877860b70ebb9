import { draftChapter, draftIntro, placeChapter, placeIntro } from "../content/chapter.js";
import { draftInitiative, placeInitiative, referenceOf } from "../content/initiative.js";
import { markdownDoc } from "../content/markdown-doc.js";
function checkSchemaParts(runner, schema) {
    if (!schema)
        return;
    runner.check('schema', schema.identity, { fatal: true });
    runner.check('schema', schema.rest);
}
/** The body rules, then the image rules on each of its images. */
function checkBody(doc, ctx, out) {
    out.docs.push(doc);
    ctx.runner.check('markdown', doc);
    for (const image of ctx.images.imagesOf(doc))
        ctx.runner.check('image', image);
}
function validateInitiative(parsed, ctx, out, required) {
    const draft = draftInitiative(parsed, ctx.config);
    if (draft) {
        checkSchemaParts(ctx.runner, draft.schema);
        ctx.runner.check('initiative', draft);
        out.refs.push(referenceOf(draft));
    }
    checkBody(markdownDoc(parsed, required), ctx, out);
    const initiative = draft && placeInitiative(draft);
    if (initiative)
        out.initiatives.push(initiative);
    else
        out.unplaced.push(parsed.file);
}
function validateChapter(parsed, kind, ctx, out) {
    const draft = draftChapter(parsed);
    checkSchemaParts(ctx.runner, draft.schema);
    ctx.runner.check('chapter', draft);
    // A chapter's `#` title heading is taken out of its body before the body rules run.
    checkBody(markdownDoc(parsed, [], draft.body), ctx, out);
    const chapter = placeChapter(draft, kind);
    if (chapter)
        out[kind].push(chapter);
    else
        out.unplaced.push(parsed.file);
}
function validateIntro(parsed, ctx, out) {
    const draft = draftIntro(parsed, ctx.config);
    checkSchemaParts(ctx.runner, draft.schema);
    ctx.runner.check('intro', draft);
    checkBody(markdownDoc(parsed, []), ctx, out);
    const intro = placeIntro(draft);
    if (intro)
        out.intros.set(intro.dimension.id, intro.chapter);
    else
        out.unplaced.push(parsed.file);
}
/**
 * Check every file on its own: where it lies, whether it reads, its frontmatter, its
 * names, its body and images. What passes (or fails only in ways book.yml allows) is
 * placed; what cannot be placed has a fatal error, which this asserts.
 */
export function validate(files, ctx) {
    const out = { initiatives: [], refs: [], front: [], back: [], intros: new Map(), docs: [], unplaced: [] };
    const required = ctx.config.settings.rules?.required_sections ?? [];
    for (const source of files) {
        ctx.runner.check('source', { file: source.display, source });
        if (source.kind === 'stray' || source.kind === 'unreadable' || source.kind === 'book')
            continue;
        const parsed = ctx.parse(source);
        ctx.runner.check('parsed', parsed);
        if (parsed.failure || parsed.text === undefined)
            continue;
        ctx.runner.check('text', { file: parsed.file, text: parsed.text });
        if (parsed.kind === 'initiative')
            validateInitiative(parsed, ctx, out, required);
        else if (parsed.kind === 'front' || parsed.kind === 'back')
            validateChapter(parsed, parsed.kind, ctx, out);
        else if (parsed.kind === 'dimension')
            validateIntro(parsed, ctx, out);
    }
    for (const file of out.unplaced) {
        if (ctx.runner.full && ctx.runner.errorsIn(file) === 0)
            throw new Error(`${file} was left out of the book without an error: this is a bug in masterplan`);
    }
    return out;
}
