import type { Root } from 'mdast';
import type { FileOutcome } from '../pipeline/file-outcome.ts';

/** A part of the book whose body is stored once, by its number in `bodies`. */
type Detached<T> = Omit<T, 'body'> & { body: number };

/** A file outcome as JSON holds it: a file's body appears once, though its doc and its initiative share it. */
export interface StoredOutcome {
  diagnostics: FileOutcome['diagnostics'];
  initiatives: Detached<FileOutcome['initiatives'][number]>[];
  refs: FileOutcome['refs'];
  front: Detached<FileOutcome['front'][number]>[];
  back: Detached<FileOutcome['back'][number]>[];
  intros: [FileOutcome['intros'][number][0], Detached<FileOutcome['intros'][number][1]>][];
  docs: Detached<FileOutcome['docs'][number]>[];
  unplaced: string[];
  bodies: Root[];
}

/** Store an outcome: each body once, shared bodies shared again when restored. */
export function storeOutcome(outcome: FileOutcome): StoredOutcome {
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
  return {
    diagnostics: outcome.diagnostics,
    initiatives: outcome.initiatives.map(detach),
    refs: outcome.refs,
    front: outcome.front.map(detach),
    back: outcome.back.map(detach),
    intros: outcome.intros.map(([id, chapter]) => [id, detach(chapter)]),
    docs: outcome.docs.map(detach),
    unplaced: outcome.unplaced,
    bodies,
  };
}

/** The outcome again; throws on a body number that is not there (a damaged entry is then not used). */
export function restoreOutcome(stored: StoredOutcome): FileOutcome {
  const attach = <T extends { body: number }>(part: T): Omit<T, 'body'> & { body: Root } => {
    const body = stored.bodies[part.body];
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
