/** Compress sorted code points into [first, last] ranges. */
export function toRanges(codePoints) {
    const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
    const ranges = [];
    for (const cp of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && cp === last[1] + 1)
            last[1] = cp;
        else
            ranges.push([cp, cp]);
    }
    return ranges;
}
/** Expand [first, last] ranges into a set of code points. */
export function fromRanges(ranges) {
    const set = new Set();
    for (const [first, last] of ranges)
        for (let cp = first; cp <= last; cp++)
            set.add(cp);
    return set;
}
