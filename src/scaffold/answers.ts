import type { DimensionIndex } from '../config/dimension-index.ts';
import type { OpdRegistry } from '../config/opd-registry.ts';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import { SLUG, slugify } from '../domain/ids.ts';
import type { Lang } from '../i18n/lang.ts';
import { scaffoldMessages } from './messages.ts';

/** What `new` needs to know about the book to check answers. */
export interface NewContext {
  lang: Lang;
  dimensions: readonly Dimension[];
  index: DimensionIndex;
  registry: OpdRegistry;
  /** Ids already used by initiatives, each with the file that uses it. */
  taken: ReadonlyMap<string, string>;
  /** Display path of book.yml, named when an agency is missing from its registry. */
  bookFile: string;
}

/** An answer that was accepted, or the message saying why not; `conflict` when the book already has it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; conflict?: boolean };

/** An agency as `new` writes it: the registry id, or the name as typed when the registry is empty. */
export interface OpdChoice {
  written: string;
  name: string;
}

/** Every answer of `new`, checked and resolved to canonical ids. */
export interface NewInitiative {
  id: string;
  title: string;
  dimension: Dimension;
  element?: Labelled;
  opd: OpdChoice;
  supporting: OpdChoice[];
  quickWin: boolean;
}

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(message: string): Checked<T> => ({ ok: false, message });

/** A dimension from any spelling check accepts ("Smart Governance", "governance"). */
export function checkDimension(ctx: NewContext, name: string): Checked<Dimension> {
  const dimension = ctx.index.resolve(name);
  if (dimension) return ok(dimension);
  return fail(scaffoldMessages(ctx.lang).unknownDimension(name, ctx.dimensions.map((d) => d.id), ctx.index.suggest(name)));
}

/** An element of the dimension, by id or by name in either language. */
export function checkElement(ctx: NewContext, dimension: Dimension, name: string): Checked<Labelled> {
  const element = ctx.index.element(dimension, name);
  if (element) return ok(element);
  const allowed = dimension.elements.map((e) => e.id);
  return fail(scaffoldMessages(ctx.lang).unknownElement(name, dimension.id, allowed, ctx.index.suggestElement(dimension, name)));
}

/** An agency by registry id, short name, full name or alias. */
export function checkOpd(ctx: NewContext, name: string): Checked<OpdChoice> {
  const opd = ctx.registry.resolve(name);
  if (opd) return ok({ written: ctx.registry.open ? name.trim() : opd.id, name: opd.name });
  return fail(scaffoldMessages(ctx.lang).unknownOpd(name.trim(), ctx.bookFile, ctx.registry.suggest(name)));
}

/**
 * Supporting agencies from repeated flags; a value that is not one agency is split at
 * commas and semicolons (some registry names contain a comma, so whole names win).
 */
export function checkSupporting(ctx: NewContext, values: readonly string[], lead?: OpdChoice): Checked<OpdChoice[]> {
  const whole = (v: string): boolean => !ctx.registry.open && ctx.registry.resolve(v) !== undefined;
  const names = values.flatMap((v) => (whole(v) ? [v] : v.split(/[,;]/)));
  const chosen: OpdChoice[] = [];
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    const opd = checkOpd(ctx, name);
    if (!opd.ok) return opd;
    if (opd.value.written !== lead?.written && !chosen.some((c) => c.written === opd.value.written)) chosen.push(opd.value);
  }
  return ok(chosen);
}

/** An id that is well formed and not used anywhere in the book. */
export function checkId(ctx: NewContext, id: string): Checked<string> {
  const text = scaffoldMessages(ctx.lang);
  if (!SLUG.test(id)) return fail(text.badId(id));
  const user = ctx.taken.get(id);
  if (user !== undefined) return { ok: false, message: text.idTaken(id, user), conflict: true };
  if (ctx.dimensions.some((d) => d.id === id)) return fail(text.idReserved(id));
  return ok(id);
}

/** A title on one line: a line break pasted into it (or a tab) would break the frontmatter. */
export function oneLine(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** The id for a title: `--id` when given, else the title's slug. */
export function idFor(ctx: NewContext, title: string, explicit?: string): Checked<string> {
  if (explicit !== undefined) return checkId(ctx, explicit.trim());
  if (title.trim() === '') return fail(scaffoldMessages(ctx.lang).emptyTitle);
  const slug = slugify(title, ctx.lang);
  if (slug === '') return fail(scaffoldMessages(ctx.lang).emptySlug(title));
  return checkId(ctx, slug);
}

/** Where the new file goes, relative to the content folder. */
export function initiativePath(initiative: Pick<NewInitiative, 'id' | 'dimension'>): string {
  return `initiatives/${initiative.dimension.id}/${initiative.id}.md`;
}
