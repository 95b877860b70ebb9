import type { Book, BookKind } from '../../model/book.ts';
import { labels } from '../../i18n/labels.ts';
import { noteSeparator } from './blocks/footnotes.ts';
import type { LayoutWarning } from './layout-warning.ts';
import { indexCaptions } from './book/captions.ts';
import { composeBook } from './book/compose.ts';
import { crossReferences } from './book/cross-references.ts';
import { preshape } from './book/preshape.ts';
import type { BookContext } from './book/context.ts';
import { FontSet } from './fonts.ts';
import { startDocument } from './text/line-cache.ts';
import { fontSeed } from './book/font-seed.ts';
import { Flow } from './flow/flow.ts';
import { collect, createDocument, setPageLabels, type DocumentInfo } from './paint/document.ts';
import { paintPages } from './paint/paint-pages.ts';
import { decoratePage } from './book/furniture.ts';
import type { TypesetStats } from './typeset-stats.ts';
import { openImage, type Doc } from './pdfkit-internals.ts';
import { geometry, MM, theme } from './theme.ts';

/** The book as the PDF's metadata names it. */
function documentInfo(book: Book): DocumentInfo {
  const s = book.settings;
  return {
    title: s.title,
    author: s.city,
    subject: s.subtitle ?? s.title,
    keywords: ['Smart City', 'Masterplan', 'Quick Win', s.city, `${s.period.start}–${s.period.end}`],
    lang: book.lang === 'en' ? 'en-US' : 'id-ID',
  };
}

/** Options of one PDF build. */
export interface PdfOptions {
  /** Seconds since 1970 for the document dates (from SOURCE_DATE_EPOCH), so identical input gives identical bytes. */
  sourceDateEpoch?: number;
  /** Buku Satu (default) or the executive summary on its own. */
  book?: BookKind;
  /** Called after each page is drawn, for a progress line. */
  onPage?: (done: number, total: number) => void;
  /** Bleed in millimetres for a print shop (`build --bleed`), over book.yml's `print.bleed`. */
  bleedMm?: number;
  /** Called with each problem found while laying out (a table too wide even for a landscape page). */
  onLayoutWarning?: (warning: LayoutWarning) => void;
  /** Filled with counts of justified and loose lines (the bench measures typesetting with it). */
  stats?: TypesetStats;
}

function imageSizes(doc: Doc): BookContext['imageSize'] {
  const cache = new Map<string, { width: number; height: number } | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        const image = openImage(doc, file);
        // A phone photo taken upright is stored sideways with EXIF orientation 5–8: pdfkit turns it, so its box must turn too.
        const turned = (image.orientation ?? 1) > 4;
        cache.set(file, turned ? { width: image.height, height: image.width } : { width: image.width, height: image.height });
      } catch {
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
export async function renderPdf(book: Book, options: PdfOptions = {}): Promise<Buffer> {
  const g = geometry(book.settings.paper);
  const doc = createDocument(documentInfo(book), g, options.sourceDateEpoch);
  const bytes = collect(doc);
  startDocument();
  const fonts = new FontSet(doc, theme, fontSeed(book));
  const accent = book.chapters.find((c) => c.dimension.id === 'smart-governance')?.dimension.colour ?? theme.colors.link;
  const kind = options.book ?? 'satu';
  const words = labels(book.lang);
  // Only the whole book holds every place a link may lead to.
  const seeAlso = kind === 'satu' ? { seeAlso: crossReferences(book, words) } : {};
  const bc: BookContext = { book, theme, fonts, flow: new Flow(g, noteSeparator(theme)), g, labels: words, captions: indexCaptions(book), imageSize: imageSizes(doc), accent, kind, ...seeAlso, ...(options.onLayoutWarning ? { warn: options.onLayoutWarning } : {}) };
  preshape(bc);
  const pages = composeBook(bc, bc.kind);
  const bleed = (options.bleedMm ?? book.settings.print?.bleed ?? 0) * MM;
  const decorate = decoratePage({ theme, draft: book.draft, draftLabel: bc.labels.draft });
  const numbering = paintPages(doc, pages, { fonts, g, decorate, bleed, ...(options.stats ? { stats: options.stats } : {}), ...(options.onPage ? { onPage: options.onPage } : {}) });
  setPageLabels(doc, numbering.pdfNums(pages.length));
  doc.end();
  return bytes;
}
