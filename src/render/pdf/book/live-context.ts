import type { FontSet } from '../fonts.ts';
import type { BookContext } from './context.ts';

/** An object that forwards every property to what `target` returns when it is read (methods bound to it). */
function forwarding<T extends object>(target: () => T): T {
  // The proxy's own object is never read: every property comes from the target.
  return new Proxy({} as T, {
    get: (_, key) => {
      const t = target();
      const value: unknown = Reflect.get(t, key, t);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/**
 * The book context of the render being made, for layouts kept between renders. Their boxes
 * draw with what they captured when laid out; captured from here, that is the render being
 * painted (as in a layout made afresh), and a kept layout does not keep its render's
 * document, fonts and pages alive (25 MB a rebuild, for as long as any of it was kept).
 */
export class LiveContext {
  private bc: BookContext | undefined;
  /** The fonts of the render being made. */
  readonly fonts: FontSet = forwarding(() => this.now().fonts);

  /** A render lays out with `bc`. */
  set(bc: BookContext): void {
    this.bc = bc;
  }

  /** The context of the render being made. */
  now(): BookContext {
    if (!this.bc) throw new Error('a kept layout was used before any render: this is a bug in masterplan');
    return this.bc;
  }
}
