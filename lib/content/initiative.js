import path from 'node:path';
import { locate } from "../diagnostics/yaml-position.js";
import { initiativeId } from "../domain/ids.js";
import { HORIZONS, InitiativeFrontmatter, STATUSES } from "../schema/initiative.js";
import { checkSchema } from "./schema-issues.js";
/** The keys without which an initiative cannot be placed in the book. */
export const INITIATIVE_IDENTITY_KEYS = ['title', 'dimension', 'opd'];
const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
function nameRef(written, at, lookup) {
    return { written, path: at, ...lookup };
}
function dimensionRef(raw, config) {
    const written = str(raw.dimension);
    if (!written)
        return undefined;
    const found = config.index.resolve(written);
    return nameRef(written, ['dimension'], found ? { found } : { meant: config.index.suggest(written) });
}
function elementRef(raw, config, dimension) {
    const written = str(raw.element);
    if (!written || !dimension)
        return undefined;
    const found = config.index.element(dimension, written);
    if (found)
        return { ...nameRef(written, ['element'], { found }), dimension };
    const elsewhere = config.index.elementElsewhere(dimension, written)?.dimension;
    const meant = elsewhere ? undefined : config.index.suggestElement(dimension, written);
    return { ...nameRef(written, ['element'], meant ? { meant } : {}), dimension, ...(elsewhere ? { elsewhere } : {}) };
}
function opdRefs(raw, config) {
    const written = [];
    const lead = str(raw.opd);
    if (lead)
        written.push([lead, ['opd']]);
    if (Array.isArray(raw.supporting_opd))
        raw.supporting_opd.forEach((name, i) => str(name) && written.push([name, ['supporting_opd', i]]));
    return written.map(([name, at]) => nameRef(name, at, config.registry.lookup(name)));
}
function years(raw) {
    const out = {};
    for (const key of ['start_year', 'end_year']) {
        const year = raw[key];
        // Years the schema already rejects (20190) get one message, not two.
        if (typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2100)
            out[key] = year;
    }
    return out;
}
function budgetYears(raw) {
    const budget = raw.budget;
    if (!budget || typeof budget !== 'object' || Array.isArray(budget))
        return [];
    return Object.keys(budget).filter((k) => /^\d{4}$/.test(k)).map(Number);
}
/** Read an initiative file's frontmatter: schema, id, names and years, with what each resolved to. */
export function draftInitiative(parsed, config) {
    if (!parsed.frontmatter)
        return undefined;
    const { yaml, data } = parsed.frontmatter;
    const raw = (data && typeof data === 'object' && !Array.isArray(data) ? data : {});
    const dimension = dimensionRef(raw, config);
    const element = elementRef(raw, config, dimension?.found);
    const id = initiativeId(raw.id, path.basename(parsed.source.path));
    return {
        file: parsed.file,
        yaml,
        parsed,
        config,
        id: { ...id, written: raw.id, position: raw.id !== undefined ? locate(yaml, ['id']) : { line: 1, column: 1 } },
        ...(dimension ? { dimension } : {}),
        ...(element ? { element } : {}),
        opds: opdRefs(raw, config),
        years: years(raw),
        budgetYears: budgetYears(raw),
        schema: checkSchema(InitiativeFrontmatter, data, INITIATIVE_IDENTITY_KEYS, { file: parsed.file, yaml }),
    };
}
/** Horizons and statuses written in either language, as the Indonesian ids the book prints. */
const HORIZON = { pendek: 'pendek', menengah: 'menengah', panjang: 'panjang', short: 'pendek', medium: 'menengah', long: 'panjang' };
const STATUS = {
    usulan: 'usulan', rencana: 'rencana', berjalan: 'berjalan', selesai: 'selesai', proposed: 'usulan', planned: 'rencana', running: 'berjalan', done: 'selesai',
};
/** The agency a reference names: the registry's, else the name as written. */
function opdOf(ref, config) {
    return ref.found ?? config.registry.asWritten(ref.written);
}
/**
 * The initiative a draft describes, or undefined when it cannot be placed (no valid
 * title, dimension or lead OPD: the fatal rules have said why). Parts the rules found
 * wrong are left out or printed as written, so what the check lets through is printed.
 */
export function placeInitiative(draft) {
    const fm = draft.schema.value;
    const dimension = draft.dimension?.found;
    const [lead, ...supporting] = draft.opds;
    if (!fm || !dimension || !lead || lead.path[0] !== 'opd')
        return undefined;
    const kept = new Set(fm.supporting_opd ?? []);
    const initiative = {
        id: draft.id.id,
        title: fm.title,
        dimension: dimension.id,
        opd: opdOf(lead, draft.config),
        supportingOpd: supporting.filter((r) => kept.has(r.written.trim())).map((r) => opdOf(r, draft.config)),
        quickWin: fm.quick_win,
        funding: fm.funding ?? [],
        partners: fm.partners ?? [],
        kpi: fm.kpi ?? [],
        body: draft.parsed.body,
        file: draft.file,
        path: draft.parsed.source.path,
        bodyStart: draft.parsed.bodyStart,
        idPosition: draft.id.position,
    };
    if (draft.element?.found)
        initiative.element = draft.element.found;
    if (fm.horizon)
        initiative.horizon = HORIZON[fm.horizon];
    if (fm.status)
        initiative.status = STATUS[fm.status];
    if (fm.start_year !== undefined)
        initiative.startYear = fm.start_year;
    if (fm.end_year !== undefined)
        initiative.endYear = fm.end_year;
    if (typeof fm.budget === 'number')
        initiative.budget = fm.budget;
    else if (fm.budget) {
        const byYear = Object.entries(fm.budget).map(([year, amount]) => ({ year: Number(year), amount })).sort((a, b) => a.year - b.year);
        initiative.budgetByYear = byYear;
        initiative.budget = byYear.reduce((sum, y) => sum + y.amount, 0);
    }
    return initiative;
}
/** The id and title of an initiative file as the book reads them, for duplicate checks across the book. */
export function referenceOf(draft) {
    const raw = draft.parsed.frontmatter?.data;
    const title = typeof raw?.title === 'string' && raw.title.trim() ? raw.title.trim() : undefined;
    return { id: draft.id.id, file: draft.file, idPosition: draft.id.position, titlePosition: locate(draft.yaml, ['title']), ...(title ? { title } : {}) };
}
/** Initiative files grouped by a key (id, title…), only groups of two or more. */
export function duplicates(refs, key) {
    const groups = new Map();
    for (const ref of refs) {
        const k = key(ref);
        if (k !== undefined)
            groups.set(k, [...(groups.get(k) ?? []), ref]);
    }
    return [...groups.values()].filter((g) => g.length > 1);
}
