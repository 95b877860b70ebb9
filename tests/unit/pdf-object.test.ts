import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/render/pdf/pdf-object.ts';

class Ref {
  constructor(private readonly id: number) {}
  toString(): string {
    return `${this.id} 0 R`;
  }
}
const isRef = (o: object) => o instanceof Ref;

/** What pdfkit itself writes for `data` as an object's dictionary (this file never patches its objects). */
function pdfkitWrites(data: Record<string, unknown>): string {
  const doc = new PDFDocument();
  const written: string[] = [];
  const internals = doc as unknown as { _write(d: unknown): void; ref(d: object): { end(): void } };
  internals._write = (d) => written.push(String(d));
  internals.ref(data).end();
  return written[1]!;
}

// What pdfkit's PDFObject.convert writes for the same values (its text, character for character).
describe('convert (pdfkit object syntax)', () => {
  it('writes what pdfkit writes for the same dictionary', () => {
    const doc = new PDFDocument();
    const ref = (doc as unknown as { ref(d: object): object }).ref({});
    const data = { Type: 'Annot', Rect: [0.1234567, -3, 1 / 7], Border: [0, 0, 0], P: ref, T: new String('Ringkasan (Đặng) \\ akhir\n'), K: [{ MCID: 0 }, ref], Empty: {}, Gone: undefined, Flag: false };
    const isPdfkitRef = (o: object) => o.constructor === ref.constructor;
    expect(convert(data, isPdfkitRef)).toBe(pdfkitWrites(data));
  });

  it('writes names, numbers rounded to six places, arrays, references and nested dictionaries as pdfkit does', () => {
    const data = { Type: 'StructElem', S: 'P', P: new Ref(12), K: [0, { Type: 'MCR', MCID: 3, Pg: new Ref(7) }], Rect: [1 / 3, 2.5, -0.0000004, 1e6], Skip: undefined, Empty: {}, Open: true, None: null };
    expect(convert(data, isRef)).toBe('<<\n/Type /StructElem\n/S /P\n/P 12 0 R\n/K [0 <<\n/Type /MCR\n/MCID 3\n/Pg 7 0 R\n>>]\n/Rect [0.333333 2.5 0 1000000]\n/Empty <<\n>>\n/Open true\n/None null\n>>');
    expect(convert([undefined, 'A'], isRef)).toBe('[null /A]');
  });

  it('writes text strings escaped, and as UTF-16BE with a byte order mark when they are not ASCII', () => {
    expect(convert({ T: new String('a (b) \\ c\n') }, isRef)).toBe('<<\n/T (a \\(b\\) \\\\ c\\n)\n>>');
    expect(convert(new String('Đ('), isRef)).toBe('(\u00fe\u00ff\u0001\u0010\u0000\\()');
  });

  it('leaves dates, byte strings, other objects and numbers out of range to pdfkit', () => {
    expect(convert({ D: new Date(0) }, isRef)).toBeUndefined();
    expect(convert([new Uint8Array([1])], isRef)).toBeUndefined();
    expect(convert({ X: new Map() }, isRef)).toBeUndefined();
    expect(convert({ N: 1e22 }, isRef)).toBeUndefined();
  });
});
