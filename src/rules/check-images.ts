import { eachNode } from './each-node.ts';
import { imageAlt } from './image-alt.ts';
import { checkImageFile } from './image-file.ts';
import { imageFormat } from './image-format.ts';
import { imageMissing } from './image-missing.ts';
import { imageOutside } from './image-outside.ts';
import { nodePosition, type BodyContext, type MarkdownDoc } from './markdown-doc.ts';

/** Run the image rules (missing, outside, format, alt) on every image of a body. */
export function checkImages(doc: MarkdownDoc, ctx: BodyContext): void {
  eachNode(doc.body, 'image', (node) => {
    const position = nodePosition(doc, node);
    const url = node.url;
    if (!node.alt?.trim()) ctx.reporter.report(imageAlt, doc.file, position, { url });
    const found = checkImageFile(url, doc.path, ctx.contentDir);
    if (found.kind === 'remote' || found.kind === 'outside') ctx.reporter.report(imageOutside, doc.file, position, { url, remote: found.kind === 'remote' });
    else if (found.kind === 'missing') ctx.reporter.report(imageMissing, doc.file, position, { url });
    else if (found.kind === 'format') ctx.reporter.report(imageFormat, doc.file, position, { url });
  });
}
