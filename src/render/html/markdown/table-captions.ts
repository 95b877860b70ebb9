import type { Element, Root, RootContent } from 'hast';
import { tableCaption } from '../../../model/table-caption.ts';
import { h } from '../h.ts';

function textOf(node: RootContent | Element): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map((c) => textOf(c)).join('') : '';
}

function nextElement(children: readonly RootContent[], from: number): number {
  let i = from;
  while (i < children.length && children[i]!.type === 'text' && !(children[i] as { value: string }).value.trim()) i++;
  return i;
}

/** A "Tabel: …" paragraph right above a table becomes that table's `<caption>`, as in the PDF. */
export function tableCaptions(tree: Root | Element): void {
  const children = tree.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'p') {
      const caption = tableCaption(textOf(node));
      const next = nextElement(children, i + 1);
      const table = children[next];
      if (caption && table?.type === 'element' && table.tagName === 'table') {
        table.children.unshift(h('caption', {}, caption));
        children.splice(i, next - i);
        i--;
        continue;
      }
    }
    tableCaptions(node);
  }
}
