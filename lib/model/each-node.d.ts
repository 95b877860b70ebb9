import type { Nodes, Root } from 'mdast';
type OfType<T extends Nodes['type']> = Extract<Nodes, {
    type: T;
}>;
/**
 * Call `fn` for every node of `type` in document order. A plain recursive walk: the body
 * rules run on every file, and unist-util-visit's generality costs several times more.
 */
export declare function eachNode<T extends Nodes['type']>(root: Root, type: T, fn: (node: OfType<T>) => void): void;
export {};
