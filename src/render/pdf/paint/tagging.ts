import type { StructNode } from '../flow/structure.ts';
import type { Recorder } from './page-memo.ts';
import { newRef, setContentParents, structTreeRoot, type Doc, type DocRef, type MarkedContent } from '../pdfkit-internals.ts';

/** A marked-content sequence on a page, as pdfkit returns it. */
type Content = MarkedContent & { push(other: Content): void };

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
  private document: DocRef | undefined;
  /** The parts written: the document element's children. */
  private readonly parts: DocRef[] = [];
  /** Index of the page being drawn. */
  private page = 0;
  /** How many of the document's parts were written. */
  private done = 0;

  /** Notes what the page being drawn does to the structure tree (a page that may be replayed). */
  recorder?: Recorder;

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
    this.recorder?.effects.push({ kind: 'touch', node });
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
    this.recorder?.effects.push({ kind: 'mark', node: marking.node });
    const content = this.doc.markStructureContent(marking.node.role) as unknown as Content;
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
    if (!this.document) return;
    this.document.data.K = this.parts;
    this.document.end();
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

  /**
   * Write one part of the document: its elements numbered children first, then written
   * children first, each naming its parent, kids and page. These are the objects (the same
   * keys, numbers and order) pdfkit's PDFStructureElement writes, without the walks it
   * makes over the whole part at every level to learn whether it may be written yet.
   */
  private write(part: Element): void {
    if (!this.document) {
      this.document = newRef(this.doc, { S: this.root.node.role });
      const root = structTreeRoot(this.doc);
      this.document.data.P = root;
      (root.data.K ??= []).push(this.document);
    }
    this.written.add(part.node);
    const built = this.build(part);
    if (!built) return;
    this.emit(built, this.document);
    this.parts.push(built.ref);
  }

  /** The object of `el` and its kids; an element that drew nothing but ornaments (a rule, a bullet) has no content: it is left out. */
  private build(el: Element): Built | undefined {
    this.elements.delete(el.node);
    const kids: (Built | Content)[] = [];
    const contents: Content[] = [];
    for (const child of el.children ?? []) {
      if (!('node' in child)) {
        contents.push(child);
        kids.push(child);
      } else {
        const kid = this.build(child);
        if (kid) kids.push(kid);
      }
    }
    if (kids.length === 0) return undefined;
    const { node } = el;
    const data: Record<string, unknown> = { S: node.role };
    // A text string, as pdfkit makes it (a String object).
    if (node.alt) data.Alt = new String(node.alt);
    if (node.scope) data.A = { O: 'Table', Scope: node.scope };
    return { ref: newRef(this.doc, data), kids, contents };
  }

  /** Write `el`'s kids, then `el` under `parent`; the parent tree then names it by number, and its dictionary is let go. */
  private emit(el: Built, parent: DocRef): void {
    for (const kid of el.kids) if ('ref' in kid) this.emit(kid, el.ref);
    const data = el.ref.data;
    data.P = parent;
    const k: unknown[] = [];
    data.K = k;
    for (const kid of el.kids) {
      if ('ref' in kid) k.push(kid.ref);
      else
        for (const { pageRef, mcid } of kid.refs) {
          data.Pg ??= pageRef;
          k.push(data.Pg === pageRef ? mcid : { Type: 'MCR', Pg: pageRef, MCID: mcid });
        }
    }
    el.ref.end();
    setContentParents(this.doc, el.contents, el.ref);
    el.ref.data = WRITTEN;
  }
}

/** An element numbered and ready to write: its object and its kids in order. */
interface Built {
  ref: DocRef;
  kids: (Built | Content)[];
  contents: Content[];
}

/** The dictionary of a written object: nothing reads it again. */
const WRITTEN: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** Stands in for a part of the document already written. */
const EMPTY: Element = { node: { role: 'Document' } };
