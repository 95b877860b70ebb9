import { labels } from "../i18n/labels.js";
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
/**
 * Daftar Singkatan: every OPD short name of the registry with its full name, the short
 * forms of the funding sources the initiatives use, and OPD itself; sorted, each once.
 */
export function abbreviations(opds, initiatives, lang) {
    const l = labels(lang);
    const found = new Map([['OPD', l.abbreviationOpd]]);
    for (const { opd, registered } of opds)
        if (registered && opd.short && opd.short !== opd.name)
            found.set(opd.short, opd.name);
    const used = new Set(initiatives.flatMap((i) => i.funding));
    for (const source of used) {
        const short = source === 'APBD Provinsi' ? 'APBD' : source;
        const full = l.fundingNames[short];
        if (full)
            found.set(short, full);
    }
    return [...found].map(([short, full]) => ({ short, full })).sort((a, b) => collator.compare(a.short, b.short));
}
