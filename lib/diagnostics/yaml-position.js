import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
/** Parse YAML with exact positions; aliases are limited so an alias bomb cannot blow up memory. */
export function parseYaml(text, base = { line: 1, column: 1 }) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
    return { doc, lineCounter, base };
}
/** Plain data of a parsed YAML document. */
export function yamlData(src) {
    return src.doc.toJS({ maxAliasCount: 100 });
}
/** Map a character offset of the YAML text to a file position. */
export function offsetPosition(src, offset) {
    const { line, col } = src.lineCounter.linePos(offset);
    if (line === 1)
        return { line: src.base.line, column: src.base.column + col - 1 };
    return { line: src.base.line + line - 1, column: col };
}
function keyName(pair) {
    const key = pair.key;
    if (isScalar(key))
        return String(key.value);
    return key == null ? undefined : String(key);
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/**
 * Position of the value (or key) at `path`. When the path does not exist, the deepest
 * existing key is used, so a missing or misplaced value still points somewhere useful.
 */
export function locate(src, path, target = 'value') {
    let node = src.doc.contents;
    let fallback = rangeStart(node) ?? 0;
    let lastPair;
    for (const segment of path) {
        if (isMap(node)) {
            const pair = node.items.find((p) => keyName(p) === String(segment));
            if (!pair)
                return offsetPosition(src, fallback);
            lastPair = pair;
            fallback = rangeStart(pair.key) ?? fallback;
            node = pair.value;
        }
        else if (isSeq(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                return offsetPosition(src, fallback);
            lastPair = undefined;
            node = item;
        }
        else {
            return offsetPosition(src, fallback);
        }
        fallback = rangeStart(node) ?? fallback;
    }
    const keyStart = lastPair ? rangeStart(lastPair.key) : undefined;
    const offset = target === 'key' && keyStart !== undefined ? keyStart : (rangeStart(node) ?? keyStart ?? fallback);
    return offsetPosition(src, offset);
}
/** Whether a key path exists in the document (used to tell "missing" from "wrong type"). */
export function hasPath(src, path) {
    return src.doc.hasIn(path);
}
