import type { Hyphenate } from './hyphenate.ts';
import type { Line } from './break-lines.ts';
import type { Run, TextStyle } from './style.ts';

/**
 * Set lines by fonts, measure, options and runs: those of the document being made, and
 * those of the one before (what the next rebuild of `watch` may reuse). Older ones are
 * dropped, so memory stays within two documents' paragraphs however long `watch` runs.
 */
let current = new Map<string, Kept>();
let previous = new Map<string, Kept>();

/** Set lines, and how often the document asked for them (its last layout asks as often as its first). */
interface Kept {
  lines: readonly Line[];
  uses: number;
}

/** Whether the lines of this document are wanted again: not in its last layout when no other document follows. */
let spending = false;

/** A new document begins: lines not used since the one before it are forgotten. */
export function startDocument(): void {
  previous = current;
  current = new Map();
  spending = false;
}

/**
 * The last layout of the last document begins (`build`: no rebuild follows): each set of
 * lines is let go when handed out as often as the first layout asked for it, so a long
 * book does not end holding every paragraph it set. Until then every caller gets the very
 * lines (and the style and link objects in them) the first layout got.
 */
export function spendLines(): void {
  spending = true;
  previous = new Map();
}

/** How many sets of lines are kept for the document being made (tests check that a spent layout keeps none). */
export function keptLines(): number {
  return current.size;
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
  if (spending) {
    const hit = current.get(key);
    if (!hit) return set();
    if (--hit.uses <= 0) current.delete(key);
    return [...hit.lines];
  }
  let kept = current.get(key);
  if (!kept) current.set(key, (kept = { lines: previous.get(key)?.lines ?? set(), uses: 0 }));
  kept.uses++;
  return [...kept.lines];
}
