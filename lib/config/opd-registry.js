import { closest, looseKey } from "../diagnostics/suggest.js";
import { slugify } from "../domain/ids.js";
/** A registry-like id for a free-form name: it becomes an anchor and a stats key. */
export function slugId(name) {
    return slugify(name) || 'opd';
}
/** The book's OPD registry: resolves ids, short names, full names and aliases in any case. */
export class OpdRegistry {
    entries;
    byKey = new Map();
    constructor(entries) {
        this.entries = entries;
        for (const entry of entries) {
            for (const name of [entry.id, entry.short, entry.name, ...(entry.aliases ?? [])]) {
                if (name && !this.byKey.has(looseKey(name)))
                    this.byKey.set(looseKey(name), entry);
            }
        }
    }
    /** With an empty registry any name is accepted as written. */
    get open() {
        return this.entries.length === 0;
    }
    /** The agency a name refers to, or undefined. With an open registry, a made-up entry. */
    resolve(name) {
        const entry = this.byKey.get(looseKey(name));
        if (entry)
            return { id: entry.id, name: entry.name, ...(entry.short ? { short: entry.short } : {}) };
        if (this.open)
            return this.asWritten(name);
        return undefined;
    }
    /** The agency, or else the registry id closest to a misspelt name. */
    lookup(name) {
        const found = this.resolve(name);
        if (found)
            return { found };
        const meant = this.suggest(name);
        return meant ? { meant } : {};
    }
    /** An agency outside the registry, printed as written. */
    asWritten(name) {
        return { id: slugId(name), name: name.trim() };
    }
    /** The registry id closest to a misspelt name. */
    suggest(name) {
        const pairs = [];
        for (const [key, entry] of this.byKey)
            pairs.push([key, entry.id]);
        return closest(name, pairs);
    }
}
