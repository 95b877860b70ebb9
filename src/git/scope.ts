import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { UsageError } from '../errors.ts';
import type { Lang } from '../i18n/lang.ts';
import { displayPath } from '../content/source.ts';
import type { CiEnv } from './base-ref.ts';
import { changedSince, type ChangeSet } from './changed-since.ts';
import { CHANGED_MESSAGES } from './messages.ts';

/** Which diagnostics `check --changed` reports, and what to tell the user about it. */
export interface ChangedScope {
  /** The diagnostic as reported (a link broken by a deleted file names it), or undefined to leave it out. */
  select: (diagnostic: Diagnostic) => Diagnostic | undefined;
  notes: string[];
}

/** What `check --changed` needs from the command. */
export interface ScopeOptions {
  cwd: string;
  /** Absolute content folder. */
  contentDir: string;
  base?: string;
  env: CiEnv;
  lang: Lang;
}

/** A diagnostic in a changed file, or a cross-file one (a duplicate id…) that a changed file takes part in. */
export function touchesChanged(diagnostic: Diagnostic, changed: ReadonlySet<string>): boolean {
  return changed.has(diagnostic.file) || (diagnostic.related ?? []).some((file) => changed.has(file));
}

const everything = (d: Diagnostic): Diagnostic => d;

/**
 * A `#id` link in an unchanged file broken because the branch deleted or renamed the
 * initiative it pointed at: reported, naming the old file as the cause.
 */
export function brokenByGone(d: Diagnostic, gone: ReadonlyMap<string, string>, lang: Lang): Diagnostic | undefined {
  const cause = d.rule === 'link-unresolved' && d.target !== undefined ? gone.get(d.target) : undefined;
  if (cause === undefined) return undefined;
  return { ...d, message: `${d.message} ${CHANGED_MESSAGES[lang].goneTarget(d.target ?? '', cause)}`, related: [...(d.related ?? []), cause] };
}

function fallbackNote(set: Extract<ChangeSet, { kind: 'unknown' }>, options: ScopeOptions): string {
  const text = CHANGED_MESSAGES[options.lang];
  switch (set.reason) {
    case 'no-git':
      return text.noGit;
    case 'not-repo':
      return text.notRepo(displayPath(options.cwd, options.contentDir) || '.');
    case 'not-owner':
      return text.notOwner(set.folder ?? options.contentDir);
    case 'no-base':
      return text.noBase(set.tried.join(', '));
    case 'shallow':
      return text.shallow;
    case 'no-merge-base':
      return text.noMergeBase(set.base ?? '');
    case 'git-failed':
      return text.gitFailed;
  }
}

/**
 * Decide what `check --changed` reports. book.yml holds the registries, the period and
 * the rule settings, so when it changed any file may have become wrong: report all.
 * A `--base` that names no commit is a usage error, since checking against something
 * else would hide the typo; anything else git cannot answer falls back to every file.
 */
export async function changedScope(options: ScopeOptions): Promise<ChangedScope> {
  return scopeOf(await changedSince({ cwd: options.cwd, dir: options.contentDir, env: options.env, base: options.base }), options);
}

/**
 * The files whose own problems `check --changed` will not report, so only what the
 * whole-book rules use of them needs reading: none when book.yml or a dimension
 * introduction changed (then every file may be reported: `no-quick-win` judges every
 * initiative file and reports at those), or when git could not tell what changed.
 */
export function unreportedFiles(set: ChangeSet, cwd: string, contentDir: string): ((display: string) => boolean) | undefined {
  if (set.kind !== 'changed') return undefined;
  const changed = new Set(set.files);
  const dimensions = displayPath(cwd, path.join(contentDir, 'dimensions')) + '/';
  if (changed.has(displayPath(cwd, path.join(contentDir, 'book.yml'))) || set.files.some((f) => f.startsWith(dimensions))) return undefined;
  return (display) => !changed.has(display);
}

/** What `check --changed` reports, given what git said changed. */
export function scopeOf(set: ChangeSet, options: ScopeOptions): ChangedScope {
  const text = CHANGED_MESSAGES[options.lang];
  if (set.kind === 'bad-base') throw new UsageError(text.badBase(set.ref));
  if (set.kind === 'unknown') return { select: everything, notes: [fallbackNote(set, options)] };
  const notes = [text.changed(set.files.length, set.base, set.mergeBase.slice(0, 7))];
  if (set.fetched) notes.push(text.fetchedBase(set.base));
  if (set.deepened) notes.push(text.deepened);
  const changed = new Set(set.files);
  const bookFile = displayPath(options.cwd, path.join(options.contentDir, 'book.yml'));
  const gone = new Map(set.gone.map((g) => [g.id, g.file]));
  if (changed.has(bookFile)) return { select: (d) => brokenByGone(d, gone, options.lang) ?? d, notes: [...notes, text.bookChanged(bookFile)] };
  return { select: (d) => (touchesChanged(d, changed) ? d : brokenByGone(d, gone, options.lang)), notes };
}
