import PDFDocument from 'pdfkit';
import { catalog, takeOutput, type Doc } from '../pdfkit-internals.ts';
import type { Geometry } from '../theme.ts';

/** pdfkit writes the PDF/UA identification into the XMP metadata; its type list lacks the name. */
const PDF_UA = { subset: 'PDF/UA' } as unknown as { subset: PDFKit.Mixins.PDFSubsets };

/** What the document says about itself (its Info dictionary and language). */
export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. `id-ID`. */
  lang: string;
}

/** A tagged document with its metadata; dates from SOURCE_DATE_EPOCH so builds are reproducible. */
export function createDocument(info: DocumentInfo, g: Geometry, sourceDateEpoch?: number): Doc {
  const date = sourceDateEpoch !== undefined ? new Date(sourceDateEpoch * 1000) : new Date();
  return new PDFDocument({
    size: [g.width, g.height],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    bufferPages: false,
    compress: true,
    pdfVersion: '1.7',
    lang: info.lang,
    displayTitle: true,
    // A tagged PDF (structure tree, marked artifacts) that declares PDF/UA-1 in its metadata.
    tagged: true,
    ...PDF_UA,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords.join(', '),
      Creator: 'masterplan',
      Producer: 'masterplan (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
}

/** Write /PageLabels into the catalog (pdfkit has no API for it). */
export function setPageLabels(doc: Doc, nums: unknown[]): void {
  const ref = doc.ref({ Nums: nums });
  catalog(doc).PageLabels = ref;
  ref.end(undefined);
}

/** Slabs the output is copied into: pdfkit writes one small chunk per object or line. */
const SLAB = 1 << 20;

/** Collect the document's bytes in 1 MB slabs as pdfkit writes them (no copy of the whole file at the end); call before the first page is added. */
export function collect(doc: Doc): Promise<Buffer[]> {
  const slabs: Buffer[] = [];
  let slab = Buffer.allocUnsafe(SLAB);
  let used = 0;
  return new Promise((resolve, reject) => {
    takeOutput(doc, (chunk) => {
      if (chunk === null) {
        resolve([...slabs, slab.subarray(0, used)]);
        return;
      }
      if (used + chunk.length > slab.length) {
        slabs.push(slab.subarray(0, used));
        slab = Buffer.allocUnsafe(Math.max(SLAB, chunk.length));
        used = 0;
      }
      slab.set(chunk, used);
      used += chunk.length;
    });
    doc.on('error', reject);
  });
}
