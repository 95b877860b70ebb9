import type { Box } from './box.ts';

/** Standard structure types of a tagged PDF that the layout uses. */
export type StructRole =
  | 'Document' | 'Sect' | 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'P' | 'BlockQuote' | 'Code' | 'Note'
  | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption' | 'TOC' | 'TOCI' | 'Link';

/**
 * One element of the logical structure (a heading, a paragraph, a table cell), made
 * while laying out. It knows only its parent: the painter attaches an element to the
 * tree the first time something of it is drawn, so elements of discarded trial layouts
 * never appear and the tree's order is the reading order.
 */
export interface StructNode {
  role: StructRole;
  parent?: StructNode;
  /** Alternative text (a figure's). */
  alt?: string;
  /** A table header cell's scope. */
  scope?: 'Column' | 'Row';
}

/** A new structure element, optionally inside `parent`. */
export function structNode(role: StructRole, options: { parent?: StructNode; alt?: string; scope?: 'Column' | 'Row' } = {}): StructNode {
  return { role, ...options };
}

/** Make `node` the element of every drawing box (the lines of a heading set in pieces). */
export function tagAll<T extends Box>(boxes: T[], node: StructNode): T[] {
  for (const box of boxes) if (box.paint) box.tag = node;
  return boxes;
}

/** A heading element of level 1–6. */
export function headingRole(level: number): StructRole {
  return `H${Math.min(6, Math.max(1, Math.round(level)))}` as StructRole;
}

function top(node: StructNode): StructNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/**
 * Put boxes under `node`: a box without an element of its own takes `node`; one whose
 * element (or that element's outermost ancestor) has no parent yet gets `node` as parent.
 * Blocks are built inside out (a paragraph before the list item holding it), so this is
 * how the list item adopts its paragraphs. Returns the boxes (changed in place).
 */
export function adopt<T extends Box>(boxes: T[], node: StructNode): T[] {
  for (const box of boxes) {
    if (!box.paint) continue;
    if (!box.tag) box.tag = node;
    else {
      const root = top(box.tag);
      if (root !== node && !isAncestor(root, node)) root.parent = node;
    }
  }
  return boxes;
}

function isAncestor(candidate: StructNode, of: StructNode): boolean {
  for (let n: StructNode | undefined = of; n; n = n.parent) if (n === candidate) return true;
  return false;
}
