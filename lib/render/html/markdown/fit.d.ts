import type { Root } from 'hast';
import { type ImageOptions } from './images.ts';
import { type LinkOptions } from './links.ts';
import { type TaskTableOptions } from './tasks.ts';
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
export declare function rehypeFit(options: FitOptions): (tree: Root) => void;
