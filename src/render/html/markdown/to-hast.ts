import path from 'node:path';
import type { ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { curlyQuotes } from '../../../model/typography.ts';
import type { RenderContext } from '../context.ts';
import { rehypeFit, type FitOptions } from './fit.ts';
import { sanitizeSchema } from './schema.ts';

/** One block of Markdown and where it goes in the page. */
export interface ContentBlock {
  tree: MdastRoot;
  /** Absolute path of the Markdown file (images and links resolve against it). */
  file: string;
  /** The anchor of the block's container: prefix of its ids and footnotes. */
  scope: string;
  /** Level a body `##` heading takes in the page. */
  base: number;
  /** The container's heading ("4.2.5 TOSSA"), naming its tables for screen readers. */
  label: string;
}

type MdastNode = MdastRoot | MdastRoot['children'][number];

/** Typographic quotes in the page's text, as in the PDF; code keeps its straight ones. */
function typographicQuotes(tree: HastRoot): void {
  const walk = (node: HastRoot | ElementContent): void => {
    if (node.type === 'text') node.value = curlyQuotes(node.value);
    else if ((node.type === 'element' && !['code', 'pre', 'script', 'style'].includes(node.tagName)) || node.type === 'root') for (const child of node.children) walk(child as ElementContent);
  };
  walk(tree);
}

function hasRawHtml(node: MdastNode): boolean {
  if (node.type === 'html') return true;
  return 'children' in node && node.children.some((child) => hasRawHtml(child as MdastNode));
}

function fitOptions(block: ContentBlock, ctx: RenderContext): FitOptions {
  const baseDir = path.dirname(block.file);
  return {
    links: { scope: block.scope, baseDir, isAnchor: (id: string) => ctx.book.anchors.all.has(id), fileAnchors: ctx.fileAnchors },
    images: { file: block.file, images: ctx.book.images, assets: ctx.assets, missing: ctx.hl.imageMissing },
    tasks: { done: ctx.hl.taskDone, open: ctx.hl.taskOpen, tableLabel: `${ctx.l.table} — ${block.label}` },
    base: block.base,
  };
}

/**
 * Markdown body → safe hast: raw HTML parsed (only when present, it is the slow part), then
 * sanitised, then ids, links, images and headings fitted into the page.
 */
export async function contentToHast(block: ContentBlock, ctx: RenderContext): Promise<ElementContent[]> {
  const processor = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      footnoteLabel: ctx.hl.footnotes,
      footnoteBackLabel: ctx.hl.footnoteBack,
      footnoteLabelProperties: {},
    })
    .use((hasRawHtml(block.tree) ? [rehypeRaw] : []) as PluggableList)
    .use(rehypeSanitize, sanitizeSchema(block.scope))
    .use(rehypeFit, fitOptions(block, ctx))
    .use(() => typographicQuotes);
  const root = (await processor.run(block.tree)) as HastRoot;
  return root.children.filter((c): c is ElementContent => c.type !== 'doctype');
}
