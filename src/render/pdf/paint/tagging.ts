import type { StructNode } from '../flow/structure.ts';
import { forgetWritten, type Doc } from '../pdfkit-internals.ts';

/** A marked-content sequence on a page, as pdfkit returns it. */
type Content = ReturnType<Doc['markStructureContent']>;
type Struct = ReturnType<Doc['struct']>;

/** An element and what was drawn of it, in order; held until it is written, so kept small. */
interface Element {
  node: StructNode;
  /** Made with the first child: most elements (a paragraph, a cell) have one. */
  children?: (Element | Content)[];
  /** The element under the document this one belongs to (itself for those). */
  top?: Element;
  /** For an element under the document: the last page something of it was drawn on. */
  page?: number;
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
 * so the tree follows the reading order. The layout draws a block on consecutive pages,
 * so a part of the document that nothing was drawn of on a finished page is complete:
 * it is written then (in order: only those before the first part still growing) and let
 * go, so a long book never holds its whole tree.
 */
export class Tagger {
  private readonly root: Element = { node: { role: 'Document' } };
  private readonly elements = new Map<StructNode, Element>();
  /** Parts of the document already written: drawing more of one is a bug in the layout. */
  private readonly written = new WeakSet<StructNode>();
  /** The document element, made when the first part is written. */
  private document: Struct | undefined;
  /** Index of the page being drawn. */
  private page = 0;
  /** How many of the document's parts were written. */
  private done = 0;

  constructor(private readonly doc: Doc) {}

  /** The element of `node`, attached (with its ancestors) on first use; notes the page on its part of the document. */
  private element(node: StructNode): Element {
    let el = this.elements.get(node);
    if (!el) {
      el = { node };
      this.elements.set(node, el);
      const parent = node.parent ? this.element(node.parent) : this.root;
      if (parent === this.root && this.written.has(node)) throw new Error(`a ${node.role} element was drawn on after it was written: the layout split a block over pages that are not consecutive`);
      el.top = parent === this.root ? el : parent.top!;
      append(parent, el);
    }
    el.top!.page = this.page;
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

  /** A page is drawn: write the parts of the document before the first one drawn on it. */
  pageDone(): void {
    this.writeParts((part) => part.page! < this.page);
    this.page++;
  }

  /** Write the rest of the structure tree (call once, after the last page). */
  finish(): void {
    this.writeParts(() => true);
    this.document?.end();
  }

  /** Write the document's next parts while `complete` says so, letting each go once written. */
  private writeParts(complete: (part: Element) => boolean): void {
    const parts = this.root.children ?? [];
    for (; this.done < parts.length; this.done++) {
      const part = parts[this.done] as Element;
      if (!complete(part)) break;
      parts[this.done] = EMPTY;
      this.write(part);
    }
    // Written parts need no slot: the list keeps only those still growing.
    if (this.done > 1024) {
      parts.splice(0, this.done);
      this.done = 0;
    }
  }

  /** Build and write one part of the document. */
  private write(part: Element): void {
    if (!this.document) {
      this.document = this.doc.struct(this.root.node.role, {});
      this.doc.addStructure(this.document);
    }
    this.written.add(part.node);
    const made: Made[] = [];
    const kid = this.build(part, made);
    if (!kid) return;
    this.document.add(kid);
    kid.end();
    for (const { struct, contents } of made) forgetWritten(this.doc, struct, contents, struct === kid);
  }

  /** The structure element of `el` (noted in `made`); an element that drew nothing but ornaments (a rule, a bullet) has no content: it is left out. */
  private build(el: Element, made: Made[]): Struct | undefined {
    this.elements.delete(el.node);
    const kids: (Content | Struct)[] = [];
    const contents: Content[] = [];
    for (const child of el.children ?? []) {
      if (!('node' in child)) contents.push(child);
      const kid = 'node' in child ? this.build(child, made) : child;
      if (kid) kids.push(kid);
    }
    if (kids.length === 0) return undefined;
    const { node } = el;
    const options = { ...(node.alt ? { alt: node.alt } : {}), ...(node.scope ? { scope: node.scope } : {}) };
    const struct = this.doc.struct(node.role, options);
    for (const kid of kids) struct.add(kid);
    made.push({ struct, contents });
    return struct;
  }
}

/** An element written, and its marked contents (the parent tree names it for each). */
interface Made {
  struct: Struct;
  contents: Content[];
}

/** Stands in for a part of the document already written. */
const EMPTY: Element = { node: { role: 'Document' } };
