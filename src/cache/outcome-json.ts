import type { Definition, Link, Root, RootContent } from 'mdast';
import { eachNode } from '../model/each-node.ts';
import type { FileOutcome } from '../pipeline/file-outcome.ts';

/** A part of the book whose body is stored once, by its number in `bodies`. */
type Detached<T> = Omit<T, 'body'> & { body: number };

/** A file outcome as JSON holds it, but its bodies: those are stored apart, read only when wanted whole. */
export interface StoredOutcome {
  diagnostics: FileOutcome['diagnostics'];
  initiatives: Detached<FileOutcome['initiatives'][number]>[];
  refs: FileOutcome['refs'];
  front: Detached<FileOutcome['front'][number]>[];
  back: Detached<FileOutcome['back'][number]>[];
  intros: [FileOutcome['intros'][number][0], Detached<FileOutcome['intros'][number][1]>][];
  docs: Detached<FileOutcome['docs'][number]>[];
  unplaced: string[];
  /** Each body's links and link definitions alone, all the whole-book rules read of it (`check`). */
  links: Root[];
}

/** The links and definitions of a body, without their text, at their places in the file. */
function linksOf(body: Root): Root {
  const children: RootContent[] = [];
  const keep = (node: Link | Definition) => children.push(node.type === 'link' ? { ...node, children: [] } : node);
  eachNode(body, 'link', keep);
  eachNode(body, 'definition', keep);
  return { type: 'root', children };
}

/** Store an outcome: each body once (a file's doc and its initiative share one), apart from the rest. */
export function storeOutcome(outcome: FileOutcome): { stored: StoredOutcome; bodies: Root[] } {
  const bodies: Root[] = [];
  const index = new Map<Root, number>();
  const detach = <T extends { body: Root }>(part: T): Detached<T> => {
    let n = index.get(part.body);
    if (n === undefined) {
      n = bodies.push(part.body) - 1;
      index.set(part.body, n);
    }
    return { ...part, body: n };
  };
  const stored: StoredOutcome = {
    diagnostics: outcome.diagnostics,
    initiatives: outcome.initiatives.map(detach),
    refs: outcome.refs,
    front: outcome.front.map(detach),
    back: outcome.back.map(detach),
    intros: outcome.intros.map(([id, chapter]) => [id, detach(chapter)]),
    docs: outcome.docs.map(detach),
    unplaced: outcome.unplaced,
    links: [],
  };
  stored.links = bodies.map(linksOf);
  return { stored, bodies };
}

/**
 * The outcome again, with whole bodies, or without them (for `check`) each body's links
 * only; throws on a body number that is not there (a damaged entry is then not used).
 */
export function restoreOutcome(stored: StoredOutcome, bodies: readonly Root[] = stored.links): FileOutcome {
  const attach = <T extends { body: number }>(part: T): Omit<T, 'body'> & { body: Root } => {
    const body = bodies[part.body];
    if (!body) throw new Error('cache entry refers to a body it does not hold');
    return { ...part, body };
  };
  return {
    diagnostics: stored.diagnostics,
    initiatives: stored.initiatives.map(attach),
    refs: stored.refs,
    front: stored.front.map(attach),
    back: stored.back.map(attach),
    intros: stored.intros.map(([id, chapter]) => [id, attach(chapter)]),
    docs: stored.docs.map(attach),
    unplaced: stored.unplaced,
    keepable: true,
  };
}
