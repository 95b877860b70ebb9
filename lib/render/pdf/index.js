import { labels } from "../../i18n/labels.js";
import { indexCaptions } from "./book/captions.js";
import { composeBook } from "./book/compose.js";
import { preshape } from "./book/preshape.js";
import { FontSet } from "./fonts.js";
import { Flow } from "./flow/flow.js";
import { collect, createDocument, setPageLabels } from "./paint/document.js";
import { paintPages } from "./paint/paint-pages.js";
import { openImage } from "./pdfkit-internals.js";
import { geometry, theme } from "./theme.js";
function imageSizes(doc) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file)) {
            try {
                const image = openImage(doc, file);
                cache.set(file, { width: image.width, height: image.height });
            }
            catch {
                cache.set(file, undefined);
            }
        }
        return cache.get(file);
    };
}
/**
 * Render the book as a print-ready PDF: lay out every page first (so the contents
 * know the true page numbers), then draw them.
 */
export async function renderPdf(book, options = {}) {
    const g = geometry(book.settings.paper);
    const doc = createDocument(book, g, options.sourceDateEpoch);
    const bytes = collect(doc);
    const fonts = new FontSet(doc, theme);
    const accent = book.chapters.find((c) => c.dimension.id === 'smart-governance')?.dimension.colour ?? theme.colors.link;
    const bc = { book, theme, fonts, flow: new Flow(g), g, labels: labels(book.lang), captions: indexCaptions(book), imageSize: imageSizes(doc), accent, kind: options.book ?? 'satu' };
    preshape(bc);
    const pages = composeBook(bc, bc.kind);
    const numbering = paintPages(doc, pages, { book, theme, fonts, g, draftLabel: bc.labels.draft, ...(options.onPage ? { onPage: options.onPage } : {}) });
    setPageLabels(doc, numbering.pdfNums(pages.length));
    doc.end();
    return bytes;
}
