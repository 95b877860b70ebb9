/**
 * The library API of masterplan: everything the CLI does, callable from code.
 * Load a book (read → parse → validate → assemble), then render it.
 */
export { loadBook } from "./app/load-book.js";
export { renderHtml } from "./render/html/index.js";
export { renderPdf } from "./render/pdf/index.js";
export { FORMATTERS } from "./report/index.js";
export { write } from "./pipeline/write.js";
export { run } from "./cli/main.js";
export { DEFAULT_DIMENSIONS, DIMENSION_IDS } from "./domain/dimensions.js";
export { BookFile } from "./schema/book.js";
export { InitiativeFrontmatter } from "./schema/initiative.js";
export { computeStats } from "./stats/index.js";
export { exportBook, EXPORT_FORMATS } from "./export/index.js";
export { renderEditions } from "./app/editions.js";
export { produce } from "./app/produce.js";
export { RULES } from "./rules/catalogue.js";
