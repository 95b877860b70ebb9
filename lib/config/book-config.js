import { DEFAULT_DIMENSIONS } from "../domain/dimensions.js";
import { BookFile, OpdEntry } from "../schema/book.js";
import { DimensionIndex } from "./dimension-index.js";
import { OpdRegistry } from "./opd-registry.js";
/** The keys of book.yml without which there is no book to print. */
export const BOOK_IDENTITY_KEYS = ['city', 'title', 'period'];
/** Example values for book.yml keys whose initiative examples would mislead. */
export const BOOK_EXAMPLES = {
    title: 'Masterplan Smart City Kota Contoh',
    opd: '[{ id: diskominfo, name: Dinas Komunikasi dan Informatika, short: Diskominfo }]',
};
/** Apply book.yml `dimensions:` overrides to the built-in dimensions. */
export function applyDimensionOverrides(overrides) {
    return DEFAULT_DIMENSIONS.map((d) => {
        const o = overrides[d.id];
        if (!o)
            return d;
        return {
            ...d,
            name: o.title ? { id: o.title, en: o.title } : d.name,
            elements: o.elements ? o.elements.map((e) => ({ id: e.id, name: { id: e.name, en: e.name_en ?? e.name } })) : d.elements,
        };
    });
}
/** A stand-in configuration built from whatever parts of a book.yml without a sound identity are usable. */
export function salvage(data) {
    const raw = (data && typeof data === 'object' ? data : {});
    const opd = Array.isArray(raw.opd) ? raw.opd.flatMap((o) => { const r = OpdEntry.safeParse(o); return r.success ? [r.data] : []; }) : [];
    const base = { city: 'Kota', title: 'Masterplan Smart City', period: { start: 1900, end: 2100 } };
    const merged = BookFile.safeParse({ ...base, ...pick(raw, ['city', 'title', 'period', 'locale', 'rules']) });
    const fallback = BookFile.parse(base);
    return { ...(merged.success ? merged.data : fallback), opd };
}
function pick(raw, keys) {
    return Object.fromEntries(keys.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
}
/** The configuration of a book from its validated settings. */
export function configFrom(settings, file, placed) {
    const dimensions = applyDimensionOverrides(settings.dimensions);
    const valid = placed && settings.period.end >= settings.period.start;
    return { settings, file, dimensions, index: new DimensionIndex(dimensions), registry: new OpdRegistry(settings.opd), placed, valid };
}
