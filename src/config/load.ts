import path from 'node:path';
import { closest, looseKey } from '../diagnostics/suggest.ts';
import { locate, parseYaml, yamlData, type YamlSource } from '../diagnostics/yaml-position.ts';
import { reportZodIssues } from '../diagnostics/zod-issues.ts';
import { DEFAULT_DIMENSIONS, type Dimension } from '../domain/dimensions.ts';
import { decode } from '../pipeline/decode.ts';
import type { SourceFile } from '../pipeline/read.ts';
import { readText, readYaml } from '../pipeline/read-text.ts';
import { RULE_IDS } from '../rules/catalogue.ts';
import { reportImageFile } from '../rules/check-images.ts';
import { opdDuplicate } from '../rules/opd-duplicate.ts';
import { periodOrder } from '../rules/period-order.ts';
import type { Reporter } from '../rules/rule.ts';
import { unknownRule } from '../rules/unknown-rule.ts';
import { DimensionIndex } from './dimension-index.ts';
import { OpdRegistry } from './opd-registry.ts';
import { BookFile, OpdEntry } from './schema.ts';

/** Example values for book.yml keys whose initiative examples would mislead. */
const BOOK_EXAMPLES = {
  title: 'Masterplan Smart City Kota Contoh',
  opd: '[{ id: diskominfo, name: Dinas Komunikasi dan Informatika, short: Diskominfo }]',
};

/** book.yml after validation, with its registries ready to resolve names. */
export interface BookConfig {
  settings: BookFile;
  /** Display path of book.yml. */
  file: string;
  dimensions: Dimension[];
  index: DimensionIndex;
  registry: OpdRegistry;
  /** False when book.yml had errors and defaults stand in for it. */
  valid: boolean;
}

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

function checkRegistry(entries: readonly OpdEntry[], yaml: YamlSource, file: string, reporter: Reporter): void {
  const seen = new Map<string, string>();
  entries.forEach((entry, i) => {
    const names: [string, string][] = [['id', entry.id], ['short', entry.short ?? ''], ['name', entry.name]];
    (entry.aliases ?? []).forEach((a, k) => names.push([`aliases.${k}`, a]));
    const own = new Set<string>();
    for (const [key, name] of names) {
      const loose = looseKey(name);
      if (!name || own.has(loose)) continue;
      own.add(loose);
      const other = seen.get(loose);
      if (other !== undefined && other !== entry.id) {
        const path = ['opd', i, ...key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))];
        reporter.report(opdDuplicate, file, locate(yaml, path), { name, other });
      } else seen.set(loose, entry.id);
    }
  });
}

function checkRuleNames(settings: BookFile, yaml: YamlSource, file: string, reporter: Reporter): void {
  for (const name of Object.keys(settings.rules?.severity ?? {})) {
    if (RULE_IDS.has(name)) continue;
    const meant = closest(name, [...RULE_IDS].map((id) => [id, id] as const));
    reporter.report(unknownRule, file, locate(yaml, ['rules', 'severity', name], 'key'), { name, ...(meant ? { meant } : {}) }, meant);
  }
}

function checkLogo(settings: BookFile, yaml: YamlSource, source: SourceFile, reporter: Reporter): void {
  if (!settings.logo) return;
  reportImageFile(reporter, source.display, locate(yaml, ['logo']), settings.logo, source.path, path.dirname(source.path));
}

/** A stand-in configuration built from whatever parts of an invalid book.yml are sound. */
function salvage(data: unknown): BookFile {
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

function configFrom(settings: BookFile, file: string, valid: boolean): BookConfig {
  const dimensions = applyDimensionOverrides(settings.dimensions);
  return { settings, file, dimensions, index: new DimensionIndex(dimensions), registry: new OpdRegistry(settings.opd), valid };
}

/** Read, validate and normalise book.yml; every problem is reported with its position. */
export function loadBookConfig(source: SourceFile, reporter: Reporter): BookConfig {
  const text = readText(source, reporter);
  const read = text === undefined ? undefined : readYaml(text, { line: 1, column: 1 }, source, reporter);
  if (!read) return configFrom(salvage({}), source.display, false);
  const { yaml, data } = read;
  const result = BookFile.safeParse(data);
  if (!result.success) {
    reportZodIssues({ reporter, file: source.display, yaml, data, schema: BookFile, examples: BOOK_EXAMPLES }, result.error.issues);
    return configFrom(salvage(data), source.display, false);
  }
  const settings = result.data;
  const { start, end } = settings.period;
  if (end < start) reporter.report(periodOrder, source.display, locate(yaml, ['period', 'end']), { startKey: 'period.start', endKey: 'period.end', start, end });
  checkRegistry(settings.opd, yaml, source.display, reporter);
  checkRuleNames(settings, yaml, source.display, reporter);
  checkLogo(settings, yaml, source, reporter);
  return configFrom(settings, source.display, end >= start);
}

/** Peek at book.yml's `locale` before validation, so even its own errors speak the book's language. */
export function peekLocale(source: SourceFile | undefined): unknown {
  if (!source) return undefined;
  const decoded = decode(source.bytes);
  if (!decoded.ok) return undefined;
  let data: Record<string, unknown> | null;
  try {
    data = yamlData(parseYaml(decoded.text)) as Record<string, unknown> | null;
  } catch {
    return undefined; // An alias bomb: reported by loadBookConfig.
  }
  return data && typeof data === 'object' ? data.locale : undefined;
}
