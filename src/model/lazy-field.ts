/**
 * Give `target` an enumerable `key` whose value is computed when first read, then kept (or
 * replaced by an assignment). What only the renderers read (facts blocks, charts) then costs
 * `check` nothing; reads, spreads, JSON and structuredClone see a plain value.
 */
export function lazyField<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & Record<K, V> {
  let value: { v: V } | undefined;
  Object.defineProperty(target, key, {
    get: () => (value ??= { v: compute() }).v,
    set: (v: V) => {
      value = { v };
    },
    enumerable: true,
    configurable: true,
  });
  return target as T & Record<K, V>;
}
