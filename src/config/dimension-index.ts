import { closest, looseKey } from '../diagnostics/suggest.ts';
import type { Dimension, DimensionId, Labelled } from '../domain/dimensions.ts';

/** Resolves dimension and element names as people write them ("Smart Governance", "governance", "Pelayanan Publik"). */
export class DimensionIndex {
  private readonly byKey = new Map<string, Dimension>();
  /** Each dimension's elements by the loose key of each of their names, made once: every initiative looks one up. */
  private readonly elementsByKey = new Map<Dimension, Map<string, Labelled>>();

  constructor(readonly dimensions: readonly Dimension[]) {
    for (const d of dimensions) {
      const short = d.id.replace(/^smart-/, '');
      for (const name of [d.id, d.name.id, d.name.en, short, `smart ${short}`]) this.byKey.set(looseKey(name), d);
    }
  }

  private elementKeys(dimension: Dimension): Map<string, Labelled> {
    let keys = this.elementsByKey.get(dimension);
    if (!keys) {
      keys = new Map();
      // The first element with a matching name wins, as a search in order would find it.
      for (const e of dimension.elements) for (const n of [e.id, e.name.id, e.name.en]) if (!keys.has(looseKey(n))) keys.set(looseKey(n), e);
      this.elementsByKey.set(dimension, keys);
    }
    return keys;
  }

  /** The dimension a name refers to. */
  resolve(name: string): Dimension | undefined {
    return this.byKey.get(looseKey(name));
  }

  /** The dimension id closest to a misspelt name ("smart goverment" → smart-governance). */
  suggest(name: string): DimensionId | undefined {
    const pairs = [...this.byKey].map(([key, d]) => [key, d.id] as const);
    return closest(name, pairs) as DimensionId | undefined;
  }

  /** The element of a dimension a name refers to, by id or by name in either language. */
  element(dimension: Dimension, name: string): Labelled | undefined {
    return this.elementKeys(dimension).get(looseKey(name));
  }

  /** The element id of a dimension closest to a misspelt name. */
  suggestElement(dimension: Dimension, name: string): string | undefined {
    const pairs = dimension.elements.flatMap((e) => [e.id, e.name.id, e.name.en].map((n) => [n, e.id] as const));
    return closest(name, pairs);
  }

  /** Another dimension that has an element of this name, when the author filed it under the wrong one. */
  elementElsewhere(dimension: Dimension, name: string): { dimension: Dimension; element: Labelled } | undefined {
    for (const other of this.dimensions) {
      if (other === dimension) continue;
      const element = this.element(other, name);
      if (element) return { dimension: other, element };
    }
    return undefined;
  }
}
