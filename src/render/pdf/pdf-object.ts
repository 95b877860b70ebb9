/**
 * pdfkit's PDFObject.convert for the values a book's objects hold (names, numbers, plain
 * dictionaries, arrays, references, text strings), written for speed: a book of a thousand
 * pages writes some hundred thousand objects (structure elements, links), and pdfkit's
 * general conversion was the largest single cost of writing them. Anything else (dates,
 * byte strings, name trees, encryption) is left to pdfkit: `convert` says so by returning
 * undefined. The text is pdfkit's own, character for character (tests compare the bytes).
 */

/** Thrown inside a conversion that meets a value left to pdfkit. */
const ELSEWHERE = Symbol('left to pdfkit');

const ESCAPED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\\': '\\\\', '(': '\\(', ')': '\\)' };

/** A text string as pdfkit writes it: its bytes (UTF-16BE with a byte order mark when not ASCII) between parentheses, escaped. */
function literal(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) <= 0x7f;
  let bytes = text;
  if (!ascii) {
    const units = ['\u00fe\u00ff'];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      units.push(String.fromCharCode(code >> 8, code & 0xff));
    }
    bytes = units.join('');
  }
  return `(${bytes.replace(/[\n\r\t\b\f()\\]/g, (c) => ESCAPED[c]!)})`;
}

function number(n: number): string {
  if (!(n > -1e21 && n < 1e21)) throw ELSEWHERE;
  return `${Math.round(n * 1e6) / 1e6}`;
}

function value(object: unknown, isReference: (o: object) => boolean): string {
  if (typeof object === 'string') return `/${object}`;
  if (typeof object === 'number') return number(object);
  if (object === null || typeof object !== 'object') return `${object as boolean | null | undefined}`;
  if (Array.isArray(object)) {
    const items: string[] = [];
    for (const e of object as unknown[]) items.push(value(e === undefined ? null : e, isReference));
    return `[${items.join(' ')}]`;
  }
  if (Object.getPrototypeOf(object) === Object.prototype) {
    const out = ['<<'];
    for (const key in object) {
      const val = (object as Record<string, unknown>)[key];
      if (val !== undefined) out.push(`/${key} ${value(val, isReference)}`);
    }
    out.push('>>');
    return out.join('\n');
  }
  if (object instanceof String) return literal(object.valueOf());
  if (isReference(object)) return String(object);
  throw ELSEWHERE;
}

/** `object` as pdfkit would write it, or undefined when it holds a value left to pdfkit. */
export function convert(object: unknown, isReference: (o: object) => boolean): string | undefined {
  try {
    return value(object, isReference);
  } catch (error) {
    if (error === ELSEWHERE) return undefined;
    throw error;
  }
}
