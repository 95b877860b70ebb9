import type { Root } from 'hast';
import { headingShifter } from './headings.ts';
import { imageFixer, type ImageOptions } from './images.ts';
import { collectIds, linkFixer, type LinkOptions } from './links.ts';
import { tableCaptions } from './table-captions.ts';
import { taskAndTableFixer, type TaskTableOptions } from './tasks.ts';
import { walkElements } from './walk.ts';

/** Everything needed to fit one sanitised block into the page. */
export interface FitOptions {
  links: LinkOptions;
  images: ImageOptions;
  tasks: TaskTableOptions;
  /** Level a body `##` heading takes. */
  base: number;
}

/**
 * Fit sanitised content into the page in one walk: links, images, task marks and tables,
 * heading levels. The fixers hold per-block state, so they are made fresh for each block.
 */
export function rehypeFit(options: FitOptions) {
  return (tree: Root): void => {
    const shiftHeading = headingShifter(options.base);
    const fixLink = linkFixer(options.links, collectIds(tree));
    const fixImage = imageFixer(options.images);
    const fixTaskOrTable = taskAndTableFixer(options.tasks);
    tableCaptions(tree);
    walkElements(tree, (node, parent, index) => {
      shiftHeading(node);
      fixLink(node);
      const replacement = fixImage(node) ?? fixTaskOrTable(node);
      if (replacement) parent.children[index] = replacement;
    });
  };
}
