import { deflateSync } from 'node:zlib';
import { streamMemo } from './paint/stream-memo.ts';
import { convert } from './pdf-object.ts';

/** pdfkit's indirect object (PDFReference), as far as it is written here. */
interface Reference {
  id: number;
  gen: number;
  data: Record<string, unknown>;
  offset: number;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
  compress: boolean;
  buffer: Uint8Array[];
  /** Strings written and not yet made bytes. */
  text?: string[];
  document: { _security?: unknown; _offset: number; _write(data: string | Uint8Array): void; _refEnd(ref: Reference): void };
}

/** Strings as pdfkit writes them: each UTF-16 unit's low byte, then a newline (Node's latin1 encoder does it natively). */
const bytesOf = (data: string): Uint8Array => Buffer.from(`${data}\n`, 'latin1');

const patched = new WeakSet<object>();

/**
 * Make pdfkit's objects (`proto`: PDFReference's prototype) write the same bytes faster. A
 * page's content comes as thousands of short operator strings: they are kept as text and
 * made bytes once, before bytes follow and when the object ends. With a memo (`watch`) a
 * stream compressed in the last rebuild is not compressed again. And an object's dictionary
 * is converted by `convert` (pdf-object.ts) when it can.
 */
export function patchReferences(proto: object): void {
  if (patched.has(proto)) return;
  patched.add(proto);
  const ref = proto as Reference;
  const { write, finalize } = ref;
  const abstract = (Object.getPrototypeOf(proto) as { constructor: new () => object }).constructor;
  const isReference = (o: object): boolean => o instanceof abstract;
  const settle = (r: Reference): void => {
    if (!r.text?.length) return;
    write.call(r, bytesOf(r.text.join('\n')));
    r.text = [];
  };
  ref.write = function (this: Reference, chunk) {
    if (!(chunk instanceof Uint8Array)) (this.text ??= []).push(String(chunk));
    else {
      settle(this);
      write.call(this, chunk);
    }
  };
  ref.finalize = function (this: Reference) {
    settle(this);
    const memo = streamMemo();
    if (this.document._security) return finalize.call(this);
    if (this.buffer.length) {
      const raw = Buffer.concat(this.buffer);
      this.buffer = [this.compress ? (memo ? memo.deflate(raw) : deflateSync(raw)) : raw];
      this.compress = false;
      this.data.Length = this.buffer[0]!.length;
    }
    const dictionary = convert(this.data, isReference);
    if (dictionary === undefined) return finalize.call(this);
    const doc = this.document;
    this.offset = doc._offset;
    doc._write(`${this.id} ${this.gen} obj`);
    doc._write(dictionary);
    if (this.buffer.length) {
      doc._write('stream');
      doc._write(this.buffer[0]!);
      this.buffer = [];
      doc._write('\nendstream');
    }
    doc._write('endobj');
    doc._refEnd(this);
  };
}
