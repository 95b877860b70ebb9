import type { Position } from '../diagnostics/diagnostic.ts';
import { eachNode } from '../model/each-node.ts';
import { imageAlt } from './image-alt.ts';
import { checkImageFile } from './image-file.ts';
import { imageFormat } from './image-format.ts';
import { imageMissing } from './image-missing.ts';
import { imageOutside } from './image-outside.ts';
import { nodePosition, type BodyContext, type MarkdownDoc } from './markdown-doc.ts';
import type { Reporter } from './rule.ts';

/**
 * Check that the image at `url`, written in `fromFile`, is a PNG or JPEG inside `root`,
 * and report at `position` of `file` what is wrong with it (used for bodies and the logo).
 */
export function reportImageFile(reporter: Reporter, file: string, position: Position, url: string, fromFile: string, root: string): void {
  const found = checkImageFile(url, fromFile, root);
  if (found.kind === 'remote' || found.kind === 'outside') reporter.report(imageOutside, file, position, { url, remote: found.kind === 'remote' });
  else if (found.kind === 'missing') reporter.report(imageMissing, file, position, { url });
  else if (found.kind === 'format' || found.kind === 'broken') reporter.report(imageFormat, file, position, { url, broken: found.kind === 'broken' });
}

/** Run the image rules (missing, outside, format, alt) on every image of a body. */
export function checkImages(doc: MarkdownDoc, ctx: BodyContext): void {
  eachNode(doc.body, 'image', (node) => {
    const position = nodePosition(doc, node);
    if (!node.alt?.trim()) ctx.reporter.report(imageAlt, doc.file, position, { url: node.url });
    reportImageFile(ctx.reporter, doc.file, position, node.url, doc.path, ctx.contentDir);
  });
}
