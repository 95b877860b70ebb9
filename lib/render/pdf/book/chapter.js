import { drawFootnotes } from "../blocks/footnotes.js";
import { drawBlocks, keepEnding, stack } from "../blocks/markdown.js";
import { Footnotes } from "../text/inline.js";
import { blockContext } from "./context.js";
import { openChapter } from "./opening.js";
import { signatureBoxes } from "./signature.js";
/** A front or back chapter (or any Markdown chapter): opening ("BAB I" when numbered), body, signature, footnotes. */
export function drawChapter(bc, chapter, opening) {
    const label = chapter.label ? { label: chapter.label } : {};
    const outline = chapter.label ? `${chapter.label} ${chapter.title}` : chapter.title;
    const head = opening.head ?? (chapter.label ? `${chapter.label}  ${chapter.title}` : chapter.title);
    openChapter(bc, { id: chapter.anchor, title: chapter.title, outline, ...label, ...opening, head });
    bc.flow.addAll(chapterBody(bc, chapter, opening.colour).boxes);
}
/** Keep the last content box with what follows (a signature block stays with the lines it closes). */
function keepLast(boxes) {
    let last = boxes.length - 1;
    while (last >= 0 && boxes[last].glue)
        last--;
    if (last >= 0)
        boxes[last] = { ...boxes[last], keep: true };
    return boxes;
}
/** The Markdown of a chapter, its signature block kept with its last lines, then its footnotes. */
export function chapterBody(bc, chapter, colour) {
    const footnotes = new Footnotes(chapter.anchor, chapter.body);
    const ctx = blockContext(bc, colour, { file: chapter.path, footnotes });
    const body = drawBlocks(chapter.body.children, ctx);
    const signed = chapter.signature ? { ...body, boxes: [...keepLast(keepEnding(body.boxes)), ...signatureBoxes(bc, chapter.signature)] } : body;
    const notes = drawFootnotes(chapter.body, ctx);
    const all = notes ? stack([signed, notes]) : signed;
    return { ...all, boxes: keepEnding(all.boxes) };
}
