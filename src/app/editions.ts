import type { Book } from '../model/book.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { OutputFile } from '../pipeline/write.ts';
import type { Progress } from '../io/progress.ts';
import type { HtmlOutput } from '../render/html/index.ts';

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

/** SOURCE_DATE_EPOCH as seconds, when set to a whole number. */
export function sourceDateEpoch(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Render the chosen editions of a checked book, naming each step on the progress line. */
export async function renderEditions(book: Book, editions: ReadonlySet<Edition>, options: { lang: Lang; progress: Progress; sourceDateEpoch?: number }): Promise<Rendered> {
  const text = messages(options.lang);
  const rendered: Rendered = { files: [] };
  if (editions.has('html')) {
    options.progress.step(text.rendering('HTML'));
    // Renderers load on demand, so `check` and `--help` start without pdfkit and its fonts.
    const { renderHtml } = await import('../render/html/index.ts');
    const html = await renderHtml(book);
    rendered.html = html;
    rendered.files.push({ name: 'buku-satu.html', data: html.html }, ...html.assets.map((a) => ({ name: a.name, data: a.data })));
  }
  if (editions.has('pdf')) {
    options.progress.step(text.rendering('PDF'));
    const epoch = options.sourceDateEpoch;
    const { renderPdf } = await import('../render/pdf/index.ts');
    const onPage = (done: number, total: number) => {
      if (done % 10 === 0 || done === total) options.progress.step(text.renderingPages(done, total));
    };
    rendered.files.push({ name: 'buku-satu.pdf', data: await renderPdf(book, { onPage, ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}) }) });
  }
  options.progress.done();
  return rendered;
}
