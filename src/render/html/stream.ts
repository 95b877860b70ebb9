import { randomUUID } from 'node:crypto';
import type { Comment, Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * A piece of the page, serialised one after another so the page is never one tree: a
 * finished node, a list of them, a function that renders its piece only when its turn
 * comes (so its tree lives only while it is written), or a shell around such pieces.
 */
export type Piece = ElementContent | null | undefined | readonly Piece[] | Deferred | Shell;

/** A piece rendered when the writer reaches it. */
export type Deferred = () => Piece | Promise<Piece>;

/** An element (or the whole document) whose `slot` comment is replaced by `inner`, written piece by piece. */
export interface Shell {
  shell: Element | Root;
  inner: readonly Piece[];
}

/** A slot: a comment the serialiser never meets in content (a fresh id per page; sanitised content has no comments). */
export interface Slot {
  node: Comment;
  /** The slot as serialised, to split a shell's HTML around it. */
  marker: string;
}

/** A fresh slot for one render. */
export function createSlot(): Slot {
  const value = `mp-slot-${randomUUID()}`;
  return { node: { type: 'comment', value }, marker: `<!--${value}-->` };
}

/** Wrap `inner` into `shell`, which holds `slot` once. */
export function shell(shellNode: Element | Root, inner: readonly Piece[]): Shell {
  return { shell: shellNode, inner };
}

const isShell = (piece: object): piece is Shell => 'shell' in piece && 'inner' in piece;

// HTML allows no control characters (NUL, BEL, ESC…): `check` warns about them, the page leaves them out.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

function serialise(node: Root | ElementContent | ElementContent[]): string {
  // Raw nodes are only initiatives serialised earlier (page/article-cache.ts): content's own raw HTML is sanitised into elements.
  return toHtml(node, { upperDoctype: true, allowDangerousHtml: true }).replace(CONTROL, '');
}

/** The HTML of `piece`, chunk by chunk, each rendered only when the one before was taken. */
export async function* chunks(piece: Piece, slot: Slot): AsyncGenerator<string> {
  if (piece === null || piece === undefined) return;
  if (typeof piece === 'function') return yield* chunks(await piece(), slot);
  if (Array.isArray(piece)) {
    for (const part of piece as readonly Piece[]) yield* chunks(part, slot);
    return;
  }
  if (isShell(piece)) {
    const html = serialise(piece.shell);
    const at = html.indexOf(slot.marker);
    if (at < 0 || html.indexOf(slot.marker, at + 1) >= 0) throw new Error('a page shell must hold its slot exactly once');
    yield html.slice(0, at);
    yield* chunks(piece.inner, slot);
    yield html.slice(at + slot.marker.length);
    return;
  }
  yield serialise(piece as ElementContent);
}
