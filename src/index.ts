/**
 * The library API of masterplan: everything the CLI does, callable from code.
 * Load a book (read → parse → validate → assemble), then render it.
 */
export { loadBook, type LoadOptions, type LoadResult } from './app/load-book.ts';
export { checkBook, stats, type CheckBookOptions, type CheckResult } from './app/api.ts';
export type { Book, Chapter, DimensionChapter, Initiative, OpdGroup, PlacedInitiative, Section } from './model/book.ts';
export type { Summary } from './model/summary.ts';
export type { FactRow } from './model/facts.ts';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.ts';
export { renderHtml, type HtmlOutput } from './render/html/index.ts';
export { renderPdf, type PdfOptions } from './render/pdf/index.ts';
export { FORMATTERS } from './report/index.ts';
export { write } from './pipeline/write.ts';
export { run } from './cli/main.ts';
export { DEFAULT_DIMENSIONS, DIMENSION_IDS } from './domain/dimensions.ts';
export { BookFile } from './schema/book.ts';
export { InitiativeFrontmatter } from './schema/initiative.ts';
export { computeStats, type Stats } from './stats/index.ts';
export { exportBook, EXPORT_FORMATS } from './export/index.ts';
export { renderEditions } from './app/editions.ts';
export { produce, type Produced, type ProduceRequest } from './app/produce.ts';
export { RULES } from './rules/catalogue.ts';
export type { Rule } from './rules/rule.ts';
