import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * Compressed streams remembered by their content between renders of one process (`watch`):
 * an edit changes a few pages, and the rest of the book's content streams, fonts aside,
 * are the bytes of the last rebuild, so they need not be compressed again. Off in `build`,
 * which renders once: there hashing would only cost time. Entries not used by the last
 * render are let go, so it holds at most about two books' compressed streams.
 */
class StreamMemo {
  private current = new Map<string, Buffer>();
  private previous = new Map<string, Buffer>();

  /** Streams taken from memory and streams compressed, since the process began. */
  readonly counts = { recalled: 0, compressed: 0 };

  /** `raw` compressed as pdfkit compresses it (zlib's defaults), from memory when seen before. */
  deflate(raw: Uint8Array): Buffer {
    const key = createHash('sha1').update(raw).digest('base64') + raw.length;
    let out = this.current.get(key) ?? this.previous.get(key);
    if (out) this.counts.recalled++;
    else {
      out = deflateSync(raw);
      this.counts.compressed++;
    }
    this.current.set(key, out);
    return out;
  }

  /** A new render starts: what the one before it did not use is let go. */
  nextRender(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

let memo: StreamMemo | undefined;

/** Remember compressed streams from now on (a process that renders the book again and again); `false` stops. */
export function rememberStreams(on = true): void {
  memo = on ? (memo ?? new StreamMemo()) : undefined;
}

/** The memo, when this process remembers streams. */
export function streamMemo(): StreamMemo | undefined {
  return memo;
}
