import type { StructNode } from '../flow/structure.ts';
import { forgetWritten, type Doc } from '../pdfkit-internals.ts';

/** A marked-content sequence on a page, as pdfkit returns it. */
type Content = ReturnType<Doc['markStructureContent']>;
type Struct = ReturnType<Doc['struct']>;

/** An element and what was drawn of it, in order; held until the tree is written, so kept small. */
interface Element {
  node: StructNode;
  /** Made with the first child: most elements (a paragraph, a cell) have one. */
  children?: (Element | Content)[];
}

/** Add `child` to `el`. Contents drawn one after another merge into one (as pdfkit's own continued markings do): the same references, written alike. */
function append(el: Element, child: Element | Content): void {
  if (!el.children) {
    el.children = [child];
    return;
  }
  const last = el.children.at(-1);
  if (last && !('node' in last) && !('node' in child)) last.push(child);
  else el.children.push(child);
}

/** What a page's piece of drawing is: part of a structure element, or an artifact (furniture, ornament, a repeat). */
export type Marking = { node: StructNode } | { artifact: 'Pagination' | 'Layout' };

/**
 * The structure tree of a tagged PDF, grown while the pages are drawn: an element is
 * attached to its parent (or the document) the first time something of it is drawn,
 * so the tree follows the reading order, and written once every page is done.
 */
export class Tagger {
  private readonly root: Element = { node: { role: 'Document' } };
  private readonly elements = new Map<StructNode, Element>();

  constructor(private readonly doc: Doc) {}

  /** The element of `node`, attached (with its ancestors) on first use. */
  private element(node: StructNode): Element {
    let el = this.elements.get(node);
    if (!el) {
      el = { node };
      this.elements.set(node, el);
      append(node.parent ? this.element(node.parent) : this.root, el);
    }
    return el;
  }

  /** Attach `node` now, so it keeps its place in reading order even if its text is written later. */
  touch(node: StructNode): void {
    this.element(node);
  }

  /** Run `draw` (which writes to the page's content) inside a marked-content sequence. */
  mark(marking: Marking, draw: () => void): void {
    if ('artifact' in marking) {
      this.doc.markContent('Artifact', { type: marking.artifact });
      draw();
      this.doc.endMarkedContent();
      return;
    }
    const content = this.doc.markStructureContent(marking.node.role);
    draw();
    this.doc.endMarkedContent();
    append(this.element(marking.node), content);
  }

  /**
   * Write the structure tree (call once, after the last page). The document element is
   * attached first, so each part is written out as soon as it is built; what was written
   * is let go at once (pdfkit's parent tree keeps only the written elements' references).
   */
  finish(): void {
    const document = this.doc.struct(this.root.node.role, {});
    this.doc.addStructure(document);
    this.elements.clear();
    const parts = this.root.children ?? [];
    this.root.children = [];
    for (let i = 0; i < parts.length; i++) {
      const child = parts[i]!;
      // Let each part go once written: the tree is the largest thing a long book holds at its end.
      parts[i] = EMPTY;
      const made: Struct[] = [];
      const kid = 'node' in child ? this.build(child, made) : child;
      if (!kid) continue;
      document.add(kid);
      if ('end' in kid) kid.end();
      for (const struct of made) forgetWritten(struct);
    }
    document.end();
  }

  /** The structure element of `el` (noted in `made`); an element that drew nothing but ornaments (a rule, a bullet) has no content: it is left out. */
  private build(el: Element, made: Struct[]): Struct | undefined {
    const kids: (Content | Struct)[] = [];
    for (const child of el.children ?? []) {
      const kid = 'node' in child ? this.build(child, made) : child;
      if (kid) kids.push(kid);
    }
    if (kids.length === 0) return undefined;
    const { node } = el;
    const options = { ...(node.alt ? { alt: node.alt } : {}), ...(node.scope ? { scope: node.scope } : {}) };
    const struct = this.doc.struct(node.role, options);
    for (const kid of kids) struct.add(kid);
    made.push(struct);
    return struct;
  }
}

/** Stands in for a part of the tree already written. */
const EMPTY: Element = { node: { role: 'Document' } };
