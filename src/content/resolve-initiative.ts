import path from 'node:path';
import type { BookConfig } from '../config/load.ts';
import { slugId, type Opd } from '../config/opd-registry.ts';
import { SLUG } from '../config/schema.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import { locate, type YamlSource } from '../diagnostics/yaml-position.ts';
import { reportZodIssues } from '../diagnostics/zod-issues.ts';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import type { ParsedFile } from '../pipeline/parse.ts';
import { dimensionUnknown } from '../rules/dimension-unknown.ts';
import { elementUnknown } from '../rules/element-unknown.ts';
import { frontmatterMissing } from '../rules/frontmatter-missing.ts';
import { invalidFormat } from '../rules/invalid-format.ts';
import { opdUnknown } from '../rules/opd-unknown.ts';
import { periodOrder } from '../rules/period-order.ts';
import type { Reporter } from '../rules/rule.ts';
import { yearOutsidePeriod } from '../rules/year-outside-period.ts';
import { normaliseHorizon, normaliseStatus, type Initiative } from './initiative.ts';
import { InitiativeFrontmatter } from './schema.ts';

interface Ctx {
  file: string;
  yaml: YamlSource;
  data: Record<string, unknown>;
  config: BookConfig;
  reporter: Reporter;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function resolveDimension(ctx: Ctx): Dimension | undefined {
  const found = str(ctx.data.dimension);
  if (!found) return undefined;
  const dimension = ctx.config.index.resolve(found);
  if (dimension) return dimension;
  const meant = ctx.config.index.suggest(found);
  const allowed = ctx.config.dimensions.map((d) => d.id).join(', ');
  ctx.reporter.report(dimensionUnknown, ctx.file, locate(ctx.yaml, ['dimension']), { found, allowed, ...(meant ? { meant } : {}) }, meant);
  return undefined;
}

function resolveElement(ctx: Ctx, dimension: Dimension): Labelled | undefined | false {
  const found = str(ctx.data.element);
  if (!found) return undefined;
  const element = ctx.config.index.element(dimension, found);
  if (element) return element;
  const elsewhere = ctx.config.index.elementElsewhere(dimension, found);
  const meant = elsewhere ? undefined : ctx.config.index.suggestElement(dimension, found);
  const allowed = dimension.elements.map((e) => e.id).join(', ');
  const params = { found, dimension: dimension.id, allowed, ...(meant ? { meant } : {}), ...(elsewhere ? { elsewhere: elsewhere.dimension.id } : {}) };
  ctx.reporter.report(elementUnknown, ctx.file, locate(ctx.yaml, ['element']), params, meant);
  return false;
}

function resolveOpd(ctx: Ctx, name: unknown, pathTo: (string | number)[]): Opd | undefined {
  const found = str(name);
  if (!found) return undefined;
  const opd = ctx.config.registry.resolve(found);
  if (opd) return opd;
  const meant = ctx.config.registry.suggest(found);
  const key = pathTo.map((s) => (typeof s === 'number' ? `#${s + 1}` : s)).join(' › ');
  ctx.reporter.report(opdUnknown, ctx.file, locate(ctx.yaml, pathTo), { key, found, file: ctx.config.file, ...(meant ? { meant } : {}) }, meant);
  // Printed as written when the rule is downgraded to a warning.
  return { id: slugId(found), name: found.trim() };
}

function checkYears(ctx: Ctx): boolean {
  if (!ctx.config.valid) return true;
  const { start, end } = ctx.config.settings.period;
  let ok = true;
  for (const key of ['start_year', 'end_year'] as const) {
    const year = ctx.data[key];
    // Years the schema already rejects (20190) get one message, not two.
    if (typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2100 && (year < start || year > end)) {
      ctx.reporter.report(yearOutsidePeriod, ctx.file, locate(ctx.yaml, [key]), { key, year, start, end });
      ok = false;
    }
  }
  const { start_year: s, end_year: e } = ctx.data;
  if (typeof s === 'number' && typeof e === 'number' && e < s) {
    ctx.reporter.report(periodOrder, ctx.file, locate(ctx.yaml, ['end_year']), { startKey: 'start_year', endKey: 'end_year', start: s, end: e });
    ok = false;
  }
  return ok;
}

function initiativeId(ctx: Ctx, parsed: ParsedFile): string | undefined {
  if (ctx.data.id !== undefined) return typeof ctx.data.id === 'string' && SLUG.test(ctx.data.id) ? ctx.data.id : undefined;
  const base = path.basename(parsed.source.path, '.md');
  if (SLUG.test(base)) return base;
  const slug = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const expected = ctx.reporter.lang === 'id' ? `ganti nama berkas menjadi \`${slug}.md\` atau tulis \`id: ${slug}\`` : `rename the file to \`${slug}.md\` or write \`id: ${slug}\``;
  ctx.reporter.report(invalidFormat, ctx.file, { line: 1, column: 1 }, { key: 'id', found: base, expected }, slug);
  return undefined;
}

/** What cross-file rules need to know of an initiative file, even when the file has errors. */
export interface InitiativeRef {
  id: string;
  title?: string;
  file: string;
  idPosition: Position;
  titlePosition: Position;
}

/** The id and title of an initiative file as written, for duplicate checks across the book. */
export function referenceOf(parsed: ParsedFile): InitiativeRef | undefined {
  if (!parsed.frontmatter) return undefined;
  const { yaml, data } = parsed.frontmatter;
  const raw = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const base = path.basename(parsed.source.path, '.md');
  const id = typeof raw.id === 'string' ? raw.id : base;
  const ref: InitiativeRef = {
    id,
    file: parsed.source.display,
    idPosition: raw.id !== undefined ? locate(yaml, ['id']) : { line: 1, column: 1 },
    titlePosition: locate(yaml, ['title']),
  };
  if (typeof raw.title === 'string' && raw.title.trim()) ref.title = raw.title.trim();
  return ref;
}

/** Validate one initiative file and resolve its names; undefined when it has errors (they are reported). */
export function resolveInitiative(parsed: ParsedFile, config: BookConfig, reporter: Reporter): Initiative | undefined {
  const file = parsed.source.display;
  if (!parsed.frontmatter) {
    reporter.report(frontmatterMissing, file, { line: 1, column: 1 }, { unclosed: false });
    return undefined;
  }
  const { yaml, data } = parsed.frontmatter;
  const before = reporter.diagnostics.length;
  const result = InitiativeFrontmatter.safeParse(data);
  if (!result.success) reportZodIssues({ reporter, file, yaml, data, schema: InitiativeFrontmatter }, result.error.issues);
  const raw = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const ctx: Ctx = { file, yaml, data: raw, config, reporter };
  const dimension = resolveDimension(ctx);
  const element = dimension ? resolveElement(ctx, dimension) : undefined;
  const opd = resolveOpd(ctx, raw.opd, ['opd']);
  const supporting = Array.isArray(raw.supporting_opd) ? raw.supporting_opd.map((name, i) => resolveOpd(ctx, name, ['supporting_opd', i])) : [];
  checkYears(ctx);
  const id = initiativeId(ctx, parsed);
  const failed = reporter.diagnostics.slice(before).some((d) => d.severity === 'error');
  if (failed || !result.success || !dimension || element === false || !opd || !id) return undefined;
  const fm = result.data;
  const initiative: Initiative = {
    id,
    title: fm.title,
    dimension: dimension.id,
    opd,
    supportingOpd: supporting.filter((o): o is Opd => o !== undefined),
    quickWin: fm.quick_win,
    funding: fm.funding ?? [],
    partners: fm.partners ?? [],
    kpi: fm.kpi ?? [],
    body: parsed.body,
    file,
    path: parsed.source.path,
    bodyStart: parsed.bodyStart,
    idPosition: raw.id !== undefined ? locate(yaml, ['id']) : { line: 1, column: 1 },
  };
  if (element) initiative.element = element;
  if (fm.horizon) initiative.horizon = normaliseHorizon(fm.horizon);
  if (fm.status) initiative.status = normaliseStatus(fm.status);
  if (fm.start_year !== undefined) initiative.startYear = fm.start_year;
  if (fm.end_year !== undefined) initiative.endYear = fm.end_year;
  if (fm.budget !== undefined) initiative.budget = fm.budget;
  return initiative;
}
