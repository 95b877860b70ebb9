/** Characters XML 1.0 cannot carry at all, lone surrogates included. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text) => text.replace(INVALID, '\uFFFD');
/** Text content of an element; a carriage return survives as a reference (parsers would drop a raw one). */
export function xmlText(text) {
    return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
/** A double-quoted attribute value; line breaks and tabs survive as character references. */
export function xmlAttr(text) {
    return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
/** `<name a="1" b="2">` (or self-closed) with escaped attribute values. */
export function tag(name, attributes, selfClose = false) {
    const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${xmlAttr(String(value))}"`);
    return `<${name}${attrs.join('')}${selfClose ? '/>' : '>'}`;
}
