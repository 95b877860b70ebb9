/** Compress sorted code points into [first, last] ranges. */
export function toRanges(codePoints: Iterable<number>): [number, number][] {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const cp of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && cp === last[1] + 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

/** Expand [first, last] ranges into a set of code points. */
export function fromRanges(ranges: readonly (readonly [number, number])[]): Set<number> {
  const set = new Set<number>();
  for (const [first, last] of ranges) for (let cp = first; cp <= last; cp++) set.add(cp);
  return set;
}
