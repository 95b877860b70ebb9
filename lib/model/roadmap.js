/** Which years of the roadmap an initiative runs: from its start to its end year (one of them when only one is known). */
export function roadmapSpan(i) {
    const from = i.startYear ?? i.endYear;
    const to = i.endYear ?? i.startYear;
    if (from === undefined || to === undefined)
        return undefined;
    return { from: Math.min(from, to), to: Math.max(from, to) };
}
/** The years of the period, widened to any initiative year outside it. */
export function roadmap(chapters, period) {
    let first = period.start;
    let last = period.end;
    for (const c of chapters) {
        for (const i of c.initiatives) {
            const span = roadmapSpan(i);
            if (span)
                [first, last] = [Math.min(first, span.from), Math.max(last, span.to)];
        }
    }
    const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, n) => first + n);
    return { years, groups: chapters.map((c) => ({ dimension: c.dimension, initiatives: c.initiatives })) };
}
