import type { Root } from 'mdast';

/** Whether values computed from trees are kept (`watch`); a single build computes each once anyway. */
let remembering = false;

/** Keep what is computed from parsed trees from now on (a process that renders the book again and again); `false` stops. */
export function rememberTrees(on = true): void {
  remembering = on;
}

/**
 * A value computed from a parsed Markdown tree, kept as long as the tree lives while
 * trees are remembered. Parsed trees are never changed once made and `watch` hands out
 * the same tree on every rebuild until its file changes, so a rebuild walks only the
 * trees of the files that changed. A build keeps nothing: its memory stays the book's.
 */
export function treeMemo<T>(compute: (root: Root) => T): (root: Root) => T {
  const memo = new WeakMap<Root, T>();
  return (root) => {
    if (!remembering) return compute(root);
    let value = memo.get(root);
    if (value === undefined) memo.set(root, (value = compute(root)));
    return value;
  };
}
