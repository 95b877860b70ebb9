import type { z } from 'zod';

/* Walks zod 4 schemas by data path: the internals (`_zod.def`) are read here and nowhere else. */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema that validates the value at a data path, optional and default wrappers removed. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): Def | undefined {
  let node: z.ZodType | undefined = schema;
  for (let i = 0; node; ) {
    const def = defOf(node);
    if (def.innerType) {
      node = def.innerType;
      continue;
    }
    if (i === path.length) return def;
    if (def.type === 'object') node = def.shape?.[String(path[i])];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return undefined;
    i++;
  }
  return undefined;
}

/** The keys an object schema allows at a path. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const def = schemaAt(schema, path);
  if (def?.type === 'object') return Object.keys(def.shape ?? {});
  if (def?.type === 'record' && def.keyType) return Object.values(defOf(def.keyType).entries ?? {});
  return [];
}

/** Whether the list at a path holds plain values (text, choices), so `x` can be fixed as `[x]`. */
export function listOfPlainValues(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  const item = schemaAt(schema, [...path, 0]);
  return item?.type === 'string' || item?.type === 'enum';
}
