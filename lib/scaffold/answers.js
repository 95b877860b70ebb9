import { SLUG, slugify } from "../domain/ids.js";
import { scaffoldMessages } from "./messages.js";
const ok = (value) => ({ ok: true, value });
const fail = (message) => ({ ok: false, message });
/** A dimension from any spelling check accepts ("Smart Governance", "governance"). */
export function checkDimension(ctx, name) {
    const dimension = ctx.index.resolve(name);
    if (dimension)
        return ok(dimension);
    return fail(scaffoldMessages(ctx.lang).unknownDimension(name, ctx.dimensions.map((d) => d.id), ctx.index.suggest(name)));
}
/** An element of the dimension, by id or by name in either language. */
export function checkElement(ctx, dimension, name) {
    const element = ctx.index.element(dimension, name);
    if (element)
        return ok(element);
    const allowed = dimension.elements.map((e) => e.id);
    return fail(scaffoldMessages(ctx.lang).unknownElement(name, dimension.id, allowed, ctx.index.suggestElement(dimension, name)));
}
/** An agency by registry id, short name, full name or alias. */
export function checkOpd(ctx, name) {
    const opd = ctx.registry.resolve(name);
    if (opd)
        return ok({ written: ctx.registry.open ? name.trim() : opd.id, name: opd.name });
    return fail(scaffoldMessages(ctx.lang).unknownOpd(name.trim(), ctx.bookFile, ctx.registry.suggest(name)));
}
/**
 * Supporting agencies from repeated flags; a value that is not one agency is split at
 * commas and semicolons (some registry names contain a comma, so whole names win).
 */
export function checkSupporting(ctx, values, lead) {
    const whole = (v) => !ctx.registry.open && ctx.registry.resolve(v) !== undefined;
    const names = values.flatMap((v) => (whole(v) ? [v] : v.split(/[,;]/)));
    const chosen = [];
    for (const name of names.map((n) => n.trim()).filter(Boolean)) {
        const opd = checkOpd(ctx, name);
        if (!opd.ok)
            return opd;
        if (opd.value.written !== lead?.written && !chosen.some((c) => c.written === opd.value.written))
            chosen.push(opd.value);
    }
    return ok(chosen);
}
/** An id that is well formed and not used anywhere in the book. */
export function checkId(ctx, id) {
    const text = scaffoldMessages(ctx.lang);
    if (!SLUG.test(id))
        return fail(text.badId(id));
    const user = ctx.taken.get(id);
    if (user !== undefined)
        return { ok: false, message: text.idTaken(id, user), conflict: true };
    if (ctx.dimensions.some((d) => d.id === id))
        return fail(text.idReserved(id));
    return ok(id);
}
/** The id for a title: `--id` when given, else the title's slug. */
export function idFor(ctx, title, explicit) {
    if (explicit !== undefined)
        return checkId(ctx, explicit.trim());
    if (title.trim() === '')
        return fail(scaffoldMessages(ctx.lang).emptyTitle);
    const slug = slugify(title, ctx.lang);
    if (slug === '')
        return fail(scaffoldMessages(ctx.lang).emptySlug(title));
    return checkId(ctx, slug);
}
/** Where the new file goes, relative to the content folder. */
export function initiativePath(initiative) {
    return `initiatives/${initiative.dimension.id}/${initiative.id}.md`;
}
