import { closest, looseKey } from "../diagnostics/suggest.js";
/** Resolves dimension and element names as people write them ("Smart Governance", "governance", "Pelayanan Publik"). */
export class DimensionIndex {
    dimensions;
    byKey = new Map();
    constructor(dimensions) {
        this.dimensions = dimensions;
        for (const d of dimensions) {
            const short = d.id.replace(/^smart-/, '');
            for (const name of [d.id, d.name.id, d.name.en, short, `smart ${short}`])
                this.byKey.set(looseKey(name), d);
        }
    }
    /** The dimension a name refers to. */
    resolve(name) {
        return this.byKey.get(looseKey(name));
    }
    /** The dimension id closest to a misspelt name ("smart goverment" → smart-governance). */
    suggest(name) {
        const pairs = [...this.byKey].map(([key, d]) => [key, d.id]);
        return closest(name, pairs);
    }
    /** The element of a dimension a name refers to, by id or by name in either language. */
    element(dimension, name) {
        const key = looseKey(name);
        return dimension.elements.find((e) => [e.id, e.name.id, e.name.en].some((n) => looseKey(n) === key));
    }
    /** The element id of a dimension closest to a misspelt name. */
    suggestElement(dimension, name) {
        const pairs = dimension.elements.flatMap((e) => [e.id, e.name.id, e.name.en].map((n) => [n, e.id]));
        return closest(name, pairs);
    }
    /** Another dimension that has an element of this name, when the author filed it under the wrong one. */
    elementElsewhere(dimension, name) {
        for (const other of this.dimensions) {
            if (other === dimension)
                continue;
            const element = this.element(other, name);
            if (element)
                return { dimension: other, element };
        }
        return undefined;
    }
}
