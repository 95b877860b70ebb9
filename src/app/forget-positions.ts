import type { Nodes, Root } from 'mdast';
import type { Book } from '../model/book.ts';

/** Drop the source positions below `node`, but a table's: the PDF's layout warnings point at its line. */
function forget(node: Nodes): void {
  // Set, not deleted: a deleted property would make every node a slower, larger object.
  if (node.type !== 'table' && node.position) node.position = undefined;
  if ('children' in node) for (const child of node.children) forget(child);
}

/**
 * Let go of where each Markdown node stood in its file once the book is checked and only
 * rendering remains (`build`): three small objects per node, a good part of what a book of
 * ten thousand initiatives holds while it is rendered. Only for a book no one checks again
 * (watch keeps its trees for the next check).
 */
export function forgetPositions(book: Book): void {
  const bodies: Root[] = [
    ...book.initiatives.map((i) => i.body),
    ...[...book.front, ...book.back, ...book.chapters.flatMap((c) => (c.intro ? [c.intro] : []))].map((c) => c.body),
  ];
  for (const body of bodies) forget(body);
}
