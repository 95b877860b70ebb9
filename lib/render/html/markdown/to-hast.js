import path from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeFit } from "./fit.js";
import { sanitizeSchema } from "./schema.js";
function hasRawHtml(node) {
    if (node.type === 'html')
        return true;
    return 'children' in node && node.children.some((child) => hasRawHtml(child));
}
function fitOptions(block, ctx) {
    const baseDir = path.dirname(block.file);
    return {
        links: { scope: block.scope, baseDir, isAnchor: (id) => ctx.book.anchors.all.has(id), fileAnchors: ctx.fileAnchors },
        images: { file: block.file, images: ctx.book.images, assets: ctx.assets, missing: ctx.hl.imageMissing },
        tasks: { done: ctx.hl.taskDone, open: ctx.hl.taskOpen, tableLabel: `${ctx.l.table} — ${block.label}` },
        base: block.base,
    };
}
/**
 * Markdown body → safe hast: raw HTML parsed (only when present, it is the slow part), then
 * sanitised, then ids, links, images and headings fitted into the page.
 */
export async function contentToHast(block, ctx) {
    const processor = unified()
        .use(remarkRehype, {
        allowDangerousHtml: true,
        clobberPrefix: '',
        footnoteLabel: ctx.hl.footnotes,
        footnoteBackLabel: ctx.hl.footnoteBack,
        footnoteLabelProperties: {},
    })
        .use((hasRawHtml(block.tree) ? [rehypeRaw] : []))
        .use(rehypeSanitize, sanitizeSchema(block.scope))
        .use(rehypeFit, fitOptions(block, ctx));
    const root = (await processor.run(block.tree));
    return root.children.filter((c) => c.type !== 'doctype');
}
