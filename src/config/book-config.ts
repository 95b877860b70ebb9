import type { YamlSource } from '../diagnostics/yaml-position.ts';
import { DEFAULT_DIMENSIONS, type Dimension } from '../domain/dimensions.ts';
import { BookFile, OpdEntry } from '../schema/book.ts';
import { DimensionIndex } from './dimension-index.ts';
import { OpdRegistry } from './opd-registry.ts';

/** book.yml after validation, with its registries ready to resolve names. */
export interface BookConfig {
  settings: BookFile;
  /** Display path of book.yml. */
  file: string;
  dimensions: Dimension[];
  index: DimensionIndex;
  registry: OpdRegistry;
  /** False when the book's own identity (city, title, period) is missing and stand-ins fill it. */
  placed: boolean;
  /** False when the period cannot be trusted (missing, or ending before it starts): years are not checked against it. */
  valid: boolean;
}

/** The keys of book.yml without which there is no book to print. */
export const BOOK_IDENTITY_KEYS = ['city', 'title', 'period'] as const;

/** Example values for book.yml keys whose initiative examples would mislead. */
export const BOOK_EXAMPLES: Readonly<Record<string, string>> = {
  title: 'Masterplan Smart City Kota Contoh',
  opd: '[{ id: diskominfo, name: Dinas Komunikasi dan Informatika, short: Diskominfo }]',
};

/** Apply book.yml `dimensions:` overrides to the built-in dimensions. */
export function applyDimensionOverrides(overrides: BookFile['dimensions']): Dimension[] {
  return DEFAULT_DIMENSIONS.map((d) => {
    const o = overrides[d.id];
    if (!o) return d;
    return {
      ...d,
      name: o.title ? { id: o.title, en: o.title } : d.name,
      elements: o.elements ? o.elements.map((e) => ({ id: e.id, name: { id: e.name, en: e.name_en ?? e.name } })) : d.elements,
    };
  });
}

/** A stand-in configuration built from whatever parts of a book.yml without a sound identity are usable. */
export function salvage(data: unknown): BookFile {
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const opd = Array.isArray(raw.opd) ? raw.opd.flatMap((o) => { const r = OpdEntry.safeParse(o); return r.success ? [r.data] : []; }) : [];
  const base = { city: 'Kota', title: 'Masterplan Smart City', period: { start: 1900, end: 2100 } };
  const merged = BookFile.safeParse({ ...base, ...pick(raw, ['city', 'title', 'period', 'locale', 'rules']) });
  const fallback = BookFile.parse(base);
  return { ...(merged.success ? merged.data : fallback), opd };
}

function pick(raw: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
}

/** The configuration of a book from its validated settings. */
export function configFrom(settings: BookFile, file: string, placed: boolean): BookConfig {
  const dimensions = applyDimensionOverrides(settings.dimensions);
  const valid = placed && settings.period.end >= settings.period.start;
  return { settings, file, dimensions, index: new DimensionIndex(dimensions), registry: new OpdRegistry(settings.opd), placed, valid };
}

/** book.yml as the rules on the configuration see it. */
export interface ConfigSubject {
  file: string;
  yaml: YamlSource;
  /** The data as written, before invalid parts were left out (positions follow it). */
  data: unknown;
  config: BookConfig;
  /** Every rule id, and those of the rules whose severity cannot be changed. */
  ruleIds: ReadonlySet<string>;
  fatalRuleIds: ReadonlySet<string>;
}
