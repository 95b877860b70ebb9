import { closest, looseKey } from '../diagnostics/suggest.ts';
import type { OpdEntry } from './schema.ts';

/** An agency as the book prints it. */
export interface Opd {
  id: string;
  name: string;
  short?: string;
}

/** A registry-like id for a free-form name: it becomes an HTML anchor and a stats key. */
export function slugId(name: string): string {
  return looseKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'opd';
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
    if (this.open) return { id: slugId(name), name: name.trim() };
    return undefined;
  }

  /** The registry id closest to a misspelt name. */
  suggest(name: string): string | undefined {
    const pairs: [string, string][] = [];
    for (const [key, entry] of this.byKey) pairs.push([key, entry.id]);
    return closest(name, pairs);
  }
}
