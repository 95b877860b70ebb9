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
import { spendLines, startDocument } from './text/line-cache.ts';
import { streamMemo } from './paint/stream-memo.ts';
import { layoutMemo } from './book/initiative-memo.ts';
import { rememberSplitImages, useImageStore } from './paint/image-store.ts';
import type { CacheFolder } from '../../cache/sealed-file.ts';
import { fontSeed } from './book/font-seed.ts';
import { Flow } from './flow/flow.ts';
import { collect, createDocument, setPageLabels, type DocumentInfo } from './paint/document.ts';
import { PagePainter } from './paint/paint-pages.ts';
import { Survey } from './paint/survey.ts';
import { KEEP_PAGES, KeptPages } from './paint/kept-pages.ts';
import type { LaidPage } from './flow/page.ts';
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
  /** The content cache's folder: words shaped here are kept there for the next build (`build` without `--no-cache`). */
  cache?: CacheFolder;
  /** Pages the first layout keeps for painting (default `KEEP_PAGES`); a longer book is laid out again (tests set 0). */
  keepPages?: number;
  /** No other PDF follows in this process (`build`, not `watch`): set lines are let go while painting instead of kept for a rebuild. */
  last?: boolean;
}

function imageSizes(doc: Doc): BookContext['imageSize'] {
  const cache = new Map<string, { width: number; height: number } | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        const image = openImage(doc, file);
        rememberSplitImages(image);
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
 * Render the book as a print-ready PDF. A first layout learns where every mark lands and
 * how pages are numbered (the contents print later pages' numbers). A book of up to
 * `KEEP_PAGES` pages keeps those pages and paints them; a longer one drops them as they
 * finish and is laid out again, each page drawn and let go as soon as it is finished, so
 * its memory grows with a page, not with the book.
 */
export async function renderPdf(book: Book, options: PdfOptions = {}): Promise<Buffer> {
  return Buffer.concat(await renderPdfSlabs(book, options));
}

/** The PDF as `renderPdf` makes it, in slabs that add up to the file: written one by one, the file is never copied whole. */
export async function renderPdfSlabs(book: Book, options: PdfOptions = {}): Promise<Buffer[]> {
  const g = geometry(book.settings.paper);
  const doc = createDocument(documentInfo(book), g, options.sourceDateEpoch);
  const bytes = collect(doc);
  startDocument();
  streamMemo()?.nextRender();
  layoutMemo()?.nextRender();
  useImageStore(options.cache);
  const fonts = new FontSet(doc, theme, fontSeed(book), options.cache);
  const accent = book.chapters.find((c) => c.dimension.id === 'smart-governance')?.dimension.colour ?? theme.colors.link;
  const kind = options.book ?? 'satu';
  const words = labels(book.lang);
  // Only the whole book holds every place a link may lead to.
  const seeAlso = kind === 'satu' ? { seeAlso: crossReferences(book, words) } : {};
  const captions = indexCaptions(book);
  const imageSize = imageSizes(doc);
  const context = (sink: (page: LaidPage) => void, warn?: PdfOptions['onLayoutWarning']): BookContext => ({ book, theme, fonts, flow: new Flow(g, noteSeparator(theme), sink), g, labels: words, captions, imageSize, accent, kind, ...seeAlso, ...(warn ? { warn } : {}) });
  const survey = new Survey();
  const kept = new KeptPages(options.keepPages ?? KEEP_PAGES);
  const first = context((page) => {
    survey.add(page);
    kept.add(page);
  }, options.onLayoutWarning);
  preshape(first);
  lay(first);
  const bleed = (options.bleedMm ?? book.settings.print?.bleed ?? 0) * MM;
  const decorate = decoratePage({ theme, draft: book.draft, draftLabel: words.draft });
  // Pages painted alike are the same pages only in a render of the same kind (watch remembers them by it).
  const memoKey = JSON.stringify([kind, book.draft, bleed, g, book.lang, words.draft]);
  const painter = new PagePainter(doc, survey, { fonts, g, decorate, bleed, memoKey, ...(options.stats ? { stats: options.stats } : {}), ...(options.onPage ? { onPage: options.onPage } : {}) });
  const pages = kept.take();
  if (pages) for (const page of pages) painter.paint(page);
  else {
    if (options.last) spendLines();
    // The second layout reports nothing new: its problems were reported by the first.
    lay(context((page) => painter.paint(page)));
  }
  setPageLabels(doc, painter.finish().pdfNums(survey.pageCount));
  fonts.tagSubsets();
  doc.end();
  fonts.saveShapes();
  return bytes;
}

/** Lay out the whole book, handing each page to the context's flow sink. */
function lay(bc: BookContext): void {
  composeBook(bc, bc.kind);
  bc.flow.finish();
}
