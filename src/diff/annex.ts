import { DIFF_WORDS } from './words.ts';
import type { Book, ChangeKind, ChangeRow, EditionChanges } from '../model/book.ts';
import { GENERATED_ANCHORS } from '../model/anchors.ts';
import type { BookDiff } from './compare.ts';
import { dimensionNames, fieldLines, headline, registryLines, totalRows } from './format.ts';

/** An anchor for the annex that nothing in the book has taken. */
function freeAnchor(taken: ReadonlySet<string>): string {
  const wanted = GENERATED_ANCHORS.changes;
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

/**
 * The book with its change annex (Lampiran: Perubahan dari Edisi Sebelumnya) appended
 * as the last annex, and the marks its renderers print beside new and changed
 * initiatives. Every text is worded here, once, in the book's language.
 */
export function withChanges(book: Book, diff: BookDiff, label: string): Book {
  const w = DIFF_WORDS[book.lang];
  const dimension = dimensionNames(book);
  const added = new Set(diff.added.map((i) => i.id));
  const changed = new Map(diff.changed.map((c) => [c.id, c]));
  const moved = new Map(diff.moved.map((m) => [m.id, m]));
  const rows: ChangeRow[] = [];
  const marks = new Map<string, { kind: ChangeKind; label: string; short: string }>();
  for (const i of book.initiatives) {
    const change = changed.get(i.id);
    const move = moved.get(i.id);
    let kind: ChangeKind | undefined;
    const details: string[] = [];
    if (added.has(i.id)) kind = 'added';
    else if (change || move) {
      kind = change ? 'changed' : 'moved';
      if (move && move.from.dimension === move.to.dimension) details.push(w.movedTo(move.from.file, move.to.file, w.becomes));
      if (change) {
        details.push(...fieldLines(change.fields, book.lang, dimension, w.becomes));
        if (change.body.added + change.body.removed > 0) details.push(w.body(change.body.added, change.body.removed));
      }
    }
    if (!kind) continue;
    rows.push({ kind, kindLabel: w.kinds[kind], number: i.number, title: i.title, anchor: i.anchor, details });
    marks.set(i.id, { kind, label: w.kinds[kind], short: w.marginKinds[kind] });
  }
  for (const r of diff.removed) rows.push({ kind: 'removed', kindLabel: w.kinds.removed, number: '–', title: r.title, details: r.number ? [w.formerNumber(r.number)] : [] });
  const anchor = freeAnchor(book.anchors.all);
  const changes: EditionChanges = {
    label,
    intro: w.annexIntro(label, diff.base, diff.baseCommit.slice(0, 7)),
    headline: headline(diff, { lang: book.lang, dimension, arrow: w.becomes }),
    headers: { rows: ['No.', w.initiatives, w.change], totals: [w.item, w.before, w.after, w.change] },
    rows,
    totals: totalRows(diff, book.lang),
    settings: [...fieldLines(diff.book.fields, book.lang, dimension, w.becomes), ...registryLines(diff, w, book.lang, w.becomes)],
    settingsTitle: w.settingsTitle,
    marks,
  };
  const annexes = [...book.annexes, { key: 'changes' as const, number: book.annexes.length + 1, title: w.annexTitle, anchor }];
  return { ...book, annexes, anchors: { ...book.anchors, all: new Set([...book.anchors.all, anchor]) }, changes };
}
