/**
 * The ids of one page. Every anchor is claimed here, so an initiative keeps its own id
 * and anything claimed later that would collide gets a numbered variant instead of a duplicate.
 * Ids the template itself needs contain `_` (never in a slug) and are not claimed.
 */
export class IdRegistry {
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, string>();

  /** Claim an id for `key` (e.g. `initiative:tanjak`), wanting `wanted`. */
  claim(key: string, wanted: string): string {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    this.byKey.set(key, id);
    return id;
  }

  /** The id claimed for `key`; claiming it on first use. */
  get(key: string, wanted: string): string {
    return this.byKey.get(key) ?? this.claim(key, wanted);
  }

  /** Whether an id is a book anchor (so a content link to `#id` may point at it). */
  has(id: string): boolean {
    return this.taken.has(id);
  }
}
