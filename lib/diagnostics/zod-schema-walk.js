const defOf = (schema) => schema._zod.def;
/** The schema that validates the value at a data path, optional and default wrappers removed. */
function schemaAt(schema, path) {
    let node = schema;
    for (let i = 0; node;) {
        const def = defOf(node);
        if (def.innerType) {
            node = def.innerType;
            continue;
        }
        if (i === path.length)
            return def;
        if (def.type === 'object')
            node = def.shape?.[String(path[i])];
        else if (def.type === 'array')
            node = def.element;
        else if (def.type === 'record')
            node = def.valueType;
        else
            return undefined;
        i++;
    }
    return undefined;
}
/** The keys an object schema allows at a path. */
export function keysAt(schema, path) {
    const def = schemaAt(schema, path);
    if (def?.type === 'object')
        return Object.keys(def.shape ?? {});
    if (def?.type === 'record' && def.keyType)
        return Object.values(defOf(def.keyType).entries ?? {});
    return [];
}
/** Whether the list at a path holds plain values (text, choices), so `x` can be fixed as `[x]`. */
export function listOfPlainValues(schema, path) {
    const item = schemaAt(schema, [...path, 0]);
    return item?.type === 'string' || item?.type === 'enum';
}
