import type { Element, Root } from 'hast';
/** Called for each element; it may replace `parent.children[index]` (the walk then goes on inside the original). */
export type ElementVisitor = (node: Element, parent: Root | Element, index: number) => void;
/**
 * Visit every element in document order. A plain recursive walk: unist-util-visit builds
 * an ancestor stack per node, and with a thousand initiatives that was most of the render.
 */
export declare function walkElements(tree: Root | Element, visit: ElementVisitor): void;
