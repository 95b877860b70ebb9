import { closest, looseKey } from '../diagnostics/suggest.ts';
import { slugify } from '../domain/ids.ts';
import type { Opd } from '../model/book.ts';
import type { OpdEntry } from '../schema/book.ts';

/** A registry-like id for a free-form name: it becomes an anchor and a stats key. */
export function slugId(name: string): string {
  return slugify(name) || 'opd';
}

/** What a name written in a file turned out to be: the agency, or the registry id it probably meant. */
export interface OpdLookup {
  found?: Opd;
  meant?: string;
}

/** The book's OPD registry: resolves ids, short names, full names and aliases in any case. */
export class OpdRegistry {
  private readonly byKey = new Map<string, OpdEntry>();

  constructor(readonly entries: readonly OpdEntry[]) {
    for (const entry of entries) {
      for (const name of [entry.id, entry.short, entry.name, ...(entry.aliases ?? [])]) {
        if (name && !this.byKey.has(looseKey(name))) this.byKey.set(looseKey(name), entry);
      }
    }
  }

  /** With an empty registry any name is accepted as written. */
  get open(): boolean {
    return this.entries.length === 0;
  }

  /** The agency a name refers to, or undefined. With an open registry, a made-up entry. */
  resolve(name: string): Opd | undefined {
    const entry = this.byKey.get(looseKey(name));
    if (entry) return { id: entry.id, name: entry.name, ...(entry.short ? { short: entry.short } : {}) };
    if (this.open) return this.asWritten(name);
    return undefined;
  }

  /** The agency, or else the registry id closest to a misspelt name. */
  lookup(name: string): OpdLookup {
    const found = this.resolve(name);
    if (found) return { found };
    const meant = this.suggest(name);
    return meant ? { meant } : {};
  }

  /** An agency outside the registry, printed as written. */
  asWritten(name: string): Opd {
    return { id: slugId(name), name: name.trim() };
  }

  /**
   * The registry id closest to a misspelt name. A name written with its region
   * ("Dinas Kesehatan Kabupaten Bintan", "Dinkes Kota Tanjungpinang") is the agency
   * without it: the registry names agencies of one city.
   */
  suggest(name: string): string | undefined {
    const local = name.replace(/\s+(?:pemerintah\s+)?(?:kota|kabupaten|kab\.?|provinsi|prov\.?)\s+\S.*$/i, '');
    if (local !== name && !this.open) {
      const found = this.byKey.get(looseKey(local));
      if (found) return found.id;
    }
    const pairs: [string, string][] = [];
    for (const [key, entry] of this.byKey) pairs.push([key, entry.id]);
    return closest(name, pairs);
  }
}
