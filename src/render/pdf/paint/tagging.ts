import type { StructNode } from '../flow/structure.ts';
import type { Doc } from '../pdfkit-internals.ts';

/** A marked-content sequence on a page, as pdfkit returns it. */
type Content = ReturnType<Doc['markStructureContent']>;
type Struct = ReturnType<Doc['struct']>;

interface Element {
  node: StructNode;
  children: (Element | Content)[];
}

/** What a page's piece of drawing is: part of a structure element, or an artifact (furniture, ornament, a repeat). */
export type Marking = { node: StructNode } | { artifact: 'Pagination' | 'Layout' };

/**
 * The structure tree of a tagged PDF, grown while the pages are drawn: an element is
 * attached to its parent (or the document) the first time something of it is drawn,
 * so the tree follows the reading order, and written once every page is done.
 */
export class Tagger {
  private readonly root: Element = { node: { role: 'Document' }, children: [] };
  private readonly elements = new Map<StructNode, Element>();

  constructor(private readonly doc: Doc) {}

  /** The element of `node`, attached (with its ancestors) on first use. */
  private element(node: StructNode): Element {
    let el = this.elements.get(node);
    if (!el) {
      el = { node, children: [] };
      this.elements.set(node, el);
      (node.parent ? this.element(node.parent) : this.root).children.push(el);
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
    this.element(marking.node).children.push(content);
  }

  /**
   * Write the structure tree (call once, after the last page). The document element is
   * attached first, so each part is written out (and let go) as soon as it is built,
   * instead of the whole tree at once.
   */
  finish(): void {
    const document = this.doc.struct(this.root.node.role, {});
    this.doc.addStructure(document);
    for (const child of this.root.children) {
      const kid = 'node' in child ? this.build(child) : child;
      if (!kid) continue;
      document.add(kid);
      if ('end' in kid) kid.end();
    }
    document.end();
  }

  /** The structure element of `el`; an element that drew nothing but ornaments (a rule, a bullet) has no content: it is left out. */
  private build(el: Element): Struct | undefined {
    const kids: (Content | Struct)[] = [];
    for (const child of el.children) {
      const kid = 'node' in child ? this.build(child) : child;
      if (kid) kids.push(kid);
    }
    if (kids.length === 0) return undefined;
    const { node } = el;
    const options = { ...(node.alt ? { alt: node.alt } : {}), ...(node.scope ? { scope: node.scope } : {}) };
    const struct = this.doc.struct(node.role, options);
    for (const kid of kids) struct.add(kid);
    return struct;
  }
}
