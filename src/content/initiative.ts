import path from 'node:path';
import type { BookConfig } from '../config/book-config.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import { locate, type YamlSource } from '../diagnostics/yaml-position.ts';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import { initiativeId, type InitiativeId } from '../domain/ids.ts';
import type { Horizon, Initiative, Opd, Status } from '../model/book.ts';
import { HORIZONS, InitiativeFrontmatter, STATUSES } from '../schema/initiative.ts';
import type { ParsedFile } from './parsed.ts';
import { checkSchema, type Checked } from './schema-issues.ts';

/** The keys without which an initiative cannot be placed in the book. */
export const INITIATIVE_IDENTITY_KEYS = ['title', 'dimension', 'opd'] as const;

/** A name written in a file and what it resolved to: the thing itself, or what was probably meant. */
export interface NameRef<T> {
  written: string;
  /** Where it is written, as a YAML path. */
  path: readonly PropertyKey[];
  found?: T;
  meant?: string;
}

/** An initiative file after its schema and name lookups, before it is placed: what the initiative rules see. */
export interface InitiativeDraft {
  file: string;
  yaml: YamlSource;
  parsed: ParsedFile;
  config: BookConfig;
  id: InitiativeId & { position: Position; written?: unknown };
  dimension?: NameRef<Dimension>;
  element?: NameRef<Labelled> & { dimension: Dimension; elsewhere?: Dimension };
  /** The lead OPD, then the supporting ones. */
  opds: NameRef<Opd>[];
  /** Years as written, when they are whole numbers in a plausible range. */
  years: { start_year?: number; end_year?: number };
  /** The years of a budget written per year. */
  budgetYears: number[];
  schema: Checked<InitiativeFrontmatter>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function nameRef<T>(written: string, at: readonly PropertyKey[], lookup: { found?: T; meant?: string }): NameRef<T> {
  return { written, path: at, ...lookup };
}

function dimensionRef(raw: Record<string, unknown>, config: BookConfig): NameRef<Dimension> | undefined {
  const written = str(raw.dimension);
  if (!written) return undefined;
  const found = config.index.resolve(written);
  return nameRef(written, ['dimension'], found ? { found } : { meant: config.index.suggest(written) });
}

function elementRef(raw: Record<string, unknown>, config: BookConfig, dimension: Dimension | undefined): InitiativeDraft['element'] {
  const written = str(raw.element);
  if (!written || !dimension) return undefined;
  const found = config.index.element(dimension, written);
  if (found) return { ...nameRef(written, ['element'], { found }), dimension };
  const elsewhere = config.index.elementElsewhere(dimension, written)?.dimension;
  const meant = elsewhere ? undefined : config.index.suggestElement(dimension, written);
  return { ...nameRef(written, ['element'], meant ? { meant } : {}), dimension, ...(elsewhere ? { elsewhere } : {}) };
}

function opdRefs(raw: Record<string, unknown>, config: BookConfig): NameRef<Opd>[] {
  const written: [string, PropertyKey[]][] = [];
  const lead = str(raw.opd);
  if (lead) written.push([lead, ['opd']]);
  if (Array.isArray(raw.supporting_opd)) raw.supporting_opd.forEach((name, i) => str(name) && written.push([name as string, ['supporting_opd', i]]));
  return written.map(([name, at]) => nameRef(name, at, config.registry.lookup(name)));
}

function years(raw: Record<string, unknown>): InitiativeDraft['years'] {
  const out: InitiativeDraft['years'] = {};
  for (const key of ['start_year', 'end_year'] as const) {
    const year = raw[key];
    // Years the schema already rejects (20190) get one message, not two.
    if (typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2100) out[key] = year;
  }
  return out;
}

function budgetYears(raw: Record<string, unknown>): number[] {
  const budget = raw.budget;
  if (!budget || typeof budget !== 'object' || Array.isArray(budget)) return [];
  return Object.keys(budget).filter((k) => /^\d{4}$/.test(k)).map(Number);
}

/** Read an initiative file's frontmatter: schema, id, names and years, with what each resolved to. */
export function draftInitiative(parsed: ParsedFile, config: BookConfig): InitiativeDraft | undefined {
  if (!parsed.frontmatter) return undefined;
  const { yaml, data } = parsed.frontmatter;
  const raw = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
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
const HORIZON: Record<(typeof HORIZONS)[number], Horizon> = { pendek: 'pendek', menengah: 'menengah', panjang: 'panjang', short: 'pendek', medium: 'menengah', long: 'panjang' };
const STATUS: Record<(typeof STATUSES)[number], Status> = {
  usulan: 'usulan', rencana: 'rencana', berjalan: 'berjalan', selesai: 'selesai', proposed: 'usulan', planned: 'rencana', running: 'berjalan', done: 'selesai',
};

/** The agency a reference names: the registry's, else the name as written. */
function opdOf(ref: NameRef<Opd>, config: BookConfig): Opd {
  return ref.found ?? config.registry.asWritten(ref.written);
}

/**
 * The initiative a draft describes, or undefined when it cannot be placed (no valid
 * title, dimension or lead OPD: the fatal rules have said why). Parts the rules found
 * wrong are left out or printed as written, so what the check lets through is printed.
 */
export function placeInitiative(draft: InitiativeDraft): Initiative | undefined {
  const fm = draft.schema.value;
  const dimension = draft.dimension?.found;
  const [lead, ...supporting] = draft.opds;
  if (!fm || !dimension || !lead || lead.path[0] !== 'opd') return undefined;
  const kept = new Set(fm.supporting_opd ?? []);
  const initiative: Initiative = {
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
  if (draft.element?.found) initiative.element = draft.element.found;
  if (fm.horizon) initiative.horizon = HORIZON[fm.horizon];
  if (fm.status) initiative.status = STATUS[fm.status];
  if (fm.start_year !== undefined) initiative.startYear = fm.start_year;
  if (fm.end_year !== undefined) initiative.endYear = fm.end_year;
  if (typeof fm.budget === 'number') initiative.budget = fm.budget;
  else if (fm.budget) {
    const byYear = Object.entries(fm.budget).map(([year, amount]) => ({ year: Number(year), amount })).sort((a, b) => a.year - b.year);
    initiative.budgetByYear = byYear;
    initiative.budget = byYear.reduce((sum, y) => sum + y.amount, 0);
  }
  return initiative;
}

/** What cross-file rules need to know of an initiative file, placed in the book or not. */
export interface InitiativeRef {
  id: string;
  title?: string;
  file: string;
  idPosition: Position;
  titlePosition: Position;
}

/** The id and title of an initiative file as the book reads them, for duplicate checks across the book. */
export function referenceOf(draft: InitiativeDraft): InitiativeRef {
  const raw = draft.parsed.frontmatter?.data as Record<string, unknown> | undefined;
  const title = typeof raw?.title === 'string' && raw.title.trim() ? raw.title.trim() : undefined;
  return { id: draft.id.id, file: draft.file, idPosition: draft.id.position, titlePosition: locate(draft.yaml, ['title']), ...(title ? { title } : {}) };
}

/** Initiative files grouped by a key (id, title…), only groups of two or more. */
export function duplicates(refs: readonly InitiativeRef[], key: (ref: InitiativeRef) => string | undefined): InitiativeRef[][] {
  const groups = new Map<string, InitiativeRef[]>();
  for (const ref of refs) {
    const k = key(ref);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), ref]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
