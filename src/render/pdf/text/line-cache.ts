import type { Hyphenate } from './hyphenate.ts';
import type { Line } from './break-lines.ts';
import type { Run, TextStyle } from './style.ts';

/**
 * Set lines by fonts, measure, options and runs: those of the document being made, and
 * those of the one before (what the next rebuild of `watch` may reuse). Older ones are
 * dropped, so memory stays within two documents' paragraphs however long `watch` runs.
 */
let current = new Map<string, readonly Line[]>();
let previous = new Map<string, readonly Line[]>();

/** A new document begins: lines not used since the one before it are forgotten. */
export function startDocument(): void {
  previous = current;
  current = new Map();
}

/** A number per hyphenation function (one per language), for the key. */
const hyphenators = new WeakMap<Hyphenate, number>();
let nextHyphenator = 1;

function hyphenatorId(hyphenate: Hyphenate | undefined): number {
  if (!hyphenate) return 0;
  let id = hyphenators.get(hyphenate);
  if (id === undefined) hyphenators.set(hyphenate, (id = nextHyphenator++));
  return id;
}

/**
 * The runs as a key. Breaking merges pieces by the identity of their style and link
 * objects, not only by their values, so each run names its style by the first run that
 * shares the very object, and each style names its link the same way.
 */
function runsKey(runs: readonly Run[]): string {
  const styles: TextStyle[] = [];
  const links: unknown[] = [];
  const parts: unknown[] = [];
  for (const run of runs) {
    let s = styles.indexOf(run.style);
    if (s < 0) {
      s = styles.push(run.style) - 1;
      const link = run.style.link;
      let l = link ? links.indexOf(link) : -1;
      if (link && l < 0) l = links.push(link) - 1;
      parts.push({ ...run.style, link: link ? [l, link] : null });
    }
    parts.push(s, run.text);
  }
  return JSON.stringify(parts);
}

/** What a set of lines depends on, besides the fonts' own key. */
export interface LineRequest {
  fontsKey: string;
  runs: readonly Run[];
  width: number;
  firstWidth: number;
  hyphenate?: Hyphenate | undefined;
  justify: boolean;
  /** Hyphenate only overlong words (table cells). */
  onlyOverlong: boolean;
}

/**
 * The lines of these runs, kept from one document to the next: `watch` re-lays the whole book on each
 * save, and nearly every paragraph is the same as last time. Lines are never changed
 * after setting, so one set is handed to every caller (in a fresh array).
 */
export function cachedLines(request: LineRequest, set: () => Line[]): Line[] {
  const key = `${request.fontsKey}|${request.width}|${request.firstWidth}|${request.justify ? 1 : 0}${request.onlyOverlong ? 1 : 0}|${hyphenatorId(request.hyphenate)}|${runsKey(request.runs)}`;
  const hit = current.get(key) ?? previous.get(key);
  const made = hit ?? set();
  current.set(key, made);
  return [...made];
}
