/** Text content of an element; a carriage return survives as a reference (parsers would drop a raw one). */
export declare function xmlText(text: string): string;
/** A double-quoted attribute value; line breaks and tabs survive as character references. */
export declare function xmlAttr(text: string): string;
/** `<name a="1" b="2">` (or self-closed) with escaped attribute values. */
export declare function tag(name: string, attributes: Record<string, string | number>, selfClose?: boolean): string;
