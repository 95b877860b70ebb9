/**
 * Straight quotes as a typesetter sets them: “…” and ‘…’, and ’ for an apostrophe
 * (Jum’at, ’90-an). A quote opens after a space, an opening bracket or a dash, or at the
 * start of the text when a letter or digit follows; otherwise it closes. Code is never
 * passed here.
 */
export function curlyQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== "'") {
      out += c;
      continue;
    }
    const before = i > 0 ? text[i - 1]! : '';
    const after = text[i + 1] ?? '';
    const opens = before === '' ? /[\p{L}\p{N}([{]/u.test(after) : /[\s([{\u2014\u2013-]/u.test(before);
    if (c === '"') out += opens ? '\u201c' : '\u201d';
    // Between letters (Jum'at) or before a year ('90) an apostrophe is ’, like a closing quote.
    else out += opens && !/^\d\d/.test(text.slice(i + 1, i + 3)) ? '\u2018' : '\u2019';
  }
  return out;
}
