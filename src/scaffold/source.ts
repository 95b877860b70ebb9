/**
 * Where a new book project gets masterplan from. `init` never writes a bare registry name
 * that is not ours (whoever publishes that name later would run their code in every
 * city's CI): it writes the source this copy was installed from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT, packageInfo, type PackageInfo } from '../app/package-info.ts';

/** How the dependency is written, and where that came from. */
export interface DependencySource {
  /** The value of `devDependencies.masterplan`. */
  spec: string;
  kind: 'registry' | 'git' | 'tarball' | 'path' | 'url';
}

/** What to look at: the installed package folder and its package.json (tests pass their own). */
export interface SourceProbe {
  /** The package's own folder, symlinks resolved. */
  root: string;
  info: PackageInfo;
  /** The new project's folder: a `file:` source is written relative to it. */
  project: string;
  /** Ask git about a checkout (tests replace it). */
  git?: (args: string[], cwd: string) => string | undefined;
}

function runGit(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `file:` and a path from the project, with `/`, relative when the two share a root. */
function fileSpec(target: string, project: string): string {
  const relative = path.relative(project, target);
  const shown = relative && !path.isAbsolute(relative) ? relative : target;
  const posix = shown.split(path.sep).join('/');
  return `file:${posix.startsWith('.') || posix.startsWith('/') ? posix : `./${posix}`}`;
}

/** A git remote URL as npm takes it: `git+https://…`, `git+ssh://git@host/owner/repo.git`. */
export function gitSpec(remote: string, commit: string | undefined): string | undefined {
  let url = remote.trim();
  const scp = /^([\w.-]+@[\w.-]+):(?!\/)(.+)$/.exec(url);
  if (scp) url = `ssh://${scp[1]}/${scp[2]}`;
  if (!/^(https?|ssh|git):\/\//.test(url)) return undefined; // a local path is no source for CI
  const pinned = commit ? `#${commit}` : '';
  return `${url.startsWith('git://') ? url : `git+${url}`}${pinned}`;
}

/** The lockfile entry npm wrote for this package, when it lives under a node_modules folder. */
function lockEntry(root: string): { resolved?: string; link?: boolean; base: string } | undefined {
  const parts = root.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const base = parts.slice(0, at).join(path.sep) || path.sep;
  const lock = path.join(base, 'node_modules', '.package-lock.json');
  if (!existsSync(lock)) return { base };
  try {
    const data = JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { resolved?: string; link?: boolean }> };
    const key = path.relative(base, root).split(path.sep).join('/');
    return { ...data.packages?.[key], base };
  } catch {
    return { base };
  }
}

/** A `resolved` value of npm's lockfile as a dependency spec for a project elsewhere. */
function fromResolved(resolved: string, base: string, project: string): DependencySource {
  if (/^(git\+|git:|github:)/.test(resolved)) return { spec: resolved, kind: 'git' };
  if (resolved.startsWith('file:')) {
    const target = path.resolve(base, resolved.slice('file:'.length));
    return { spec: fileSpec(target, project), kind: /\.(tgz|tar\.gz)$/.test(target) ? 'tarball' : 'path' };
  }
  if (/^https?:\/\//.test(resolved)) return { spec: resolved, kind: 'url' };
  return { spec: fileSpec(path.resolve(base, resolved), project), kind: 'path' };
}

/** The source to write for `probe`: published name, the lockfile's record, the checkout's remote, or its folder. */
export function dependencySource(probe: SourceProbe): DependencySource {
  const { root, info, project } = probe;
  if (info.published) return { spec: `^${info.version}`, kind: 'registry' };
  const entry = lockEntry(root);
  if (entry?.resolved) return fromResolved(entry.resolved, entry.base, project);
  if (!entry) {
    // A checkout of masterplan itself: its remote at this commit, if it has one CI can reach.
    const git = probe.git ?? runGit;
    // Only the repository's top folder can be installed from its URL (not a folder inside it).
    const top = git(['rev-parse', '--show-toplevel'], root);
    const remote = top !== undefined && path.resolve(top) === path.resolve(root) ? git(['remote', 'get-url', 'origin'], root) : undefined;
    const spec = remote ? gitSpec(remote, git(['rev-parse', 'HEAD'], root)) : undefined;
    if (spec) return { spec, kind: 'git' };
  }
  return { spec: fileSpec(root, project), kind: 'path' };
}

/** The source for a project made by this very copy of masterplan. */
export function ownSource(project: string): DependencySource {
  return dependencySource({ root: fileURLToPath(PACKAGE_ROOT).replace(/[\\/]$/, ''), info: packageInfo(), project });
}
