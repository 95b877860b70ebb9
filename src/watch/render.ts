import type { Book } from '../book.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { OutputFile } from '../pipeline/write.ts';
import type { Progress } from '../progress/progress.ts';
import { renderHtml, type HtmlOutput } from '../render/html/index.ts';
import { renderPdf } from '../render/pdf/index.ts';

/** The editions a rebuild renders. */
export type Edition = 'pdf' | 'html';

/** Parse `--format pdf,html` into editions, or name the first value that is not one. */
export function parseEditions(value: string): Set<Edition> | { unknown: string } {
  const chosen = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = chosen.find((f) => f !== 'pdf' && f !== 'html');
  return bad !== undefined ? { unknown: bad } : new Set(chosen.filter((f): f is Edition => f === 'pdf' || f === 'html'));
}

/** What one render produced: files to write (named as `build` names them) and the HTML page itself. */
export interface Rendered {
  files: OutputFile[];
  html?: HtmlOutput;
}

/** Render the chosen editions of a checked book, naming each step on the progress line. */
export async function renderEditions(book: Book, editions: ReadonlySet<Edition>, options: { lang: Lang; progress: Progress; sourceDateEpoch?: number }): Promise<Rendered> {
  const text = messages(options.lang);
  const rendered: Rendered = { files: [] };
  if (editions.has('html')) {
    options.progress.step(text.rendering('HTML'));
    const html = await renderHtml(book);
    rendered.html = html;
    rendered.files.push({ name: 'buku-satu.html', data: html.html }, ...html.assets.map((a) => ({ name: a.name, data: a.data })));
  }
  if (editions.has('pdf')) {
    options.progress.step(text.rendering('PDF'));
    const epoch = options.sourceDateEpoch;
    rendered.files.push({ name: 'buku-satu.pdf', data: await renderPdf(book, epoch !== undefined ? { sourceDateEpoch: epoch } : {}) });
  }
  options.progress.done();
  return rendered;
}
