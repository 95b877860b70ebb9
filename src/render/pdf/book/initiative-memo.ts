import type { Root } from 'mdast';
import type { PlacedInitiative } from '../../../model/book.ts';
import type { ImageLookup } from '../../../model/images.ts';
import type { Box } from '../flow/box.ts';
import type { LayoutWarning } from '../layout-warning.ts';
import type { NoteNumbering } from '../text/inline.ts';
import { captionsOf } from './captions.ts';
import type { BookContext } from './context.ts';
import { LiveContext } from './live-context.ts';

/** A question a layout asked the book while it was made, and the answer as JSON: the layout holds only while every answer is still the same. */
type Asked = { see: string; answer: string } | { size: string; answer: string } | { image: [string, string]; answer: string };

/** The answer the book of `bc` gives now to a question asked of an earlier render. */
function askAgain(bc: BookContext, asked: Asked): string {
  if ('see' in asked) return JSON.stringify(bc.seeAlso?.(asked.see));
  if ('size' in asked) return JSON.stringify(bc.imageSize(asked.size));
  return JSON.stringify(bc.book.images(...asked.image));
}

/** An initiative's boxes as one render laid them out, with what that depended on beyond its key. */
interface Entry {
  key: string;
  boxes: Box[];
  asked: Asked[];
  warnings: LayoutWarning[];
  /** The chapter's footnote count after the initiative. */
  notes: number;
}

/** A number per parsed tree, for keys: a tree is never changed once parsed, so it stands for its content. */
const trees = new WeakMap<Root, number>();
let nextTree = 1;

function treeId(root: Root): number {
  let id = trees.get(root);
  if (id === undefined) trees.set(root, (id = nextTree++));
  return id;
}

/** A number per distinct setting of the whole book (its settings, language, paper and kind), by book, so a key holds a number, not the settings. */
const worlds = new WeakMap<object, number>();
const worldIds = new Map<string, number>();

function world(bc: BookContext): number {
  let id = worlds.get(bc.book);
  if (id === undefined) {
    const setting = JSON.stringify([bc.book.lang, bc.book.settings, bc.g, bc.kind, bc.labels]);
    id = worldIds.get(setting) ?? worldIds.size;
    // Settings change rarely in a session; the few seen stay known.
    worldIds.set(setting, id);
    worlds.set(bc.book, id);
  }
  return id;
}

/** Everything an initiative's layout depends on that can be known before it is laid out. */
function keyOf(bc: BookContext, i: PlacedInitiative, colour: string, notes: NoteNumbering): string {
  const own = JSON.stringify(i, (field, value: unknown) => (field === 'body' ? treeId(value as Root) : value));
  const mark = bc.book.changes?.marks.get(i.id);
  return JSON.stringify([world(bc), own, colour, notes.scope, notes.count, captionsOf(bc.captions, i.body), mark ?? null, Boolean(bc.seeAlso), Boolean(bc.warn)]);
}

/**
 * Layouts of initiatives kept between the renders of one process (`watch`): a rebuild lays
 * out again only the initiatives whose content, number, footnote count, captions or
 * answers (cross-references, image sizes) changed, and takes the boxes of the rest as they
 * were (the flow never changes a box); so are the annex tables of the whole book. Off in
 * `build`, which lays out each once.
 * Entries not used by the last render are let go.
 */
class LayoutMemo {
  private current = new Map<string, Entry>();
  private previous = new Map<string, Entry>();
  private keyed = new Map<string, Box[]>();
  private keyedBefore = new Map<string, Box[]>();

  /** The render being made: kept boxes draw with its fonts and context. */
  readonly live = new LiveContext();

  /** Initiatives laid out again and taken from memory, since the process began. */
  readonly counts = { laid: 0, recalled: 0 };

  /** The boxes of `i`: from memory when nothing they depend on changed, else from `lay` (called with a context that notes what it asks). */
  boxes(bc: BookContext, i: PlacedInitiative, colour: string, notes: NoteNumbering, lay: (bc: BookContext) => Box[]): Box[] {
    this.live.set(bc);
    const key = keyOf(bc, i, colour, notes);
    const kept = this.current.get(i.anchor) ?? this.previous.get(i.anchor);
    if (kept && kept.key === key && kept.asked.every((a) => askAgain(bc, a) === a.answer)) {
      this.counts.recalled++;
      for (const warning of kept.warnings) bc.warn?.(warning);
      notes.count = kept.notes;
      this.current.set(i.anchor, kept);
      return kept.boxes;
    }
    this.counts.laid++;
    const entry: Entry = { key, boxes: [], asked: [], warnings: [], notes: 0 };
    const asking = noting(this.live, entry);
    entry.boxes = lay(asking.bc);
    asking.close();
    entry.notes = notes.count;
    this.current.set(i.anchor, entry);
    return entry.boxes;
  }

  /** Boxes that depend on nothing but `key` (an annex table and its rows): from memory when laid out for the same key before. */
  boxesOf(key: string, lay: () => Box[]): Box[] {
    // A table printed twice in one book (the quick wins: summary and annex) is two tables, each its own structure element.
    if (this.keyed.has(key)) return lay();
    const boxes = this.keyedBefore.get(key) ?? lay();
    this.keyed.set(key, boxes);
    return boxes;
  }

  /** A new render starts: what the one before it did not use is let go. */
  nextRender(): void {
    this.previous = this.current;
    this.current = new Map();
    this.keyedBefore = this.keyed;
    this.keyed = new Map();
  }
}

/**
 * The context a kept layout is made with: every member is the render being made's when
 * read (see LiveContext), and its questions to the book (cross-references, images) and its
 * warnings are noted in `entry` while it is laid out; `close` ends the noting.
 */
function noting(live: LiveContext, entry: Entry): { bc: BookContext; close: () => void } {
  let open = true;
  const note = <T>(asked: Omit<Asked, 'answer'>, answer: T): T => {
    if (open) entry.asked.push({ ...asked, answer: JSON.stringify(answer) } as Asked);
    return answer;
  };
  const now = () => live.now();
  const images: ImageLookup = (from, url) => note({ image: [from, url] }, now().book.images(from, url));
  const seeAlso = (dest: string) => note({ see: dest }, now().seeAlso?.(dest));
  const warn = (w: LayoutWarning) => (open && entry.warnings.push(w), now().warn?.(w));
  const asking: BookContext = {
    get book() {
      return { ...now().book, images };
    },
    get theme() {
      return now().theme;
    },
    fonts: live.fonts,
    get flow() {
      return now().flow;
    },
    get g() {
      return now().g;
    },
    get labels() {
      return now().labels;
    },
    get captions() {
      return now().captions;
    },
    imageSize: (file) => note({ size: file }, now().imageSize(file)),
    get accent() {
      return now().accent;
    },
    get kind() {
      return now().kind;
    },
    ...(now().seeAlso ? { seeAlso } : {}),
    ...(now().warn ? { warn } : {}),
  };
  return { bc: asking, close: () => (open = false) };
}

let memo: LayoutMemo | undefined;

/** Remember initiatives' layouts from now on (a process that renders the book again and again); `false` stops. */
export function rememberLayouts(on = true): void {
  memo = on ? (memo ?? new LayoutMemo()) : undefined;
}

/** The memo, when this process remembers layouts. */
export function layoutMemo(): LayoutMemo | undefined {
  return memo;
}
