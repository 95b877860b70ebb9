const KINDS = {
    string: { id: 'teks', en: 'text' },
    number: { id: 'angka', en: 'a number' },
    int: { id: 'bilangan bulat', en: 'a whole number' },
    boolean: { id: 'true atau false', en: 'true or false' },
    array: { id: 'daftar', en: 'a list' },
    object: { id: 'kumpulan kunci dan nilai', en: 'a set of keys and values' },
    null: { id: 'kosong', en: 'empty' },
    undefined: { id: 'kosong', en: 'empty' },
};
const EXAMPLES = {
    array: { id: 'daftar (misalnya `[A, B]`)', en: 'a list (e.g. `[A, B]`)' },
};
/** The kind of a value in words ("teks", "angka"…); `asExpected` adds how to write it. */
export function kindName(kind, lang, asExpected = false) {
    return (asExpected ? EXAMPLES[kind]?.[lang] : undefined) ?? KINDS[kind]?.[lang] ?? kind;
}
/** The kind of a JavaScript value as a schema names it. */
export function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number' && !Number.isInteger(value))
        return 'number';
    return typeof value;
}
/** A short printable form of a found value. */
export function showValue(value) {
    if (typeof value === 'string')
        return value.length > 60 ? `${value.slice(0, 57)}…` : value;
    if (value === undefined)
        return '';
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
/** A key path for people: `kpi #1 › target`. Lists count from 1. */
export function showPath(path) {
    return path.map((s) => (typeof s === 'number' ? `#${s + 1}` : String(s))).join(' › ');
}
/** Read a value at a path of plain data. */
export function valueAt(data, path) {
    let node = data;
    for (const segment of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[segment];
    }
    return node;
}
