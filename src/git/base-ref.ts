import type { Repository } from './repository.ts';
import { runGit } from './run-git.ts';

/** The environment variables CI systems use to name the target branch of a pull or merge request. */
export type CiEnv = Readonly<Record<string, string | undefined>>;

/** The names to try as the base, and whether the user typed them (`--base`). */
export interface BaseChoice {
  names: string[];
  explicit: boolean;
}

/** The base that was found, as git can read it, and whether this run had to fetch it. */
export interface BaseRef {
  ref: string;
  fetched: boolean;
}

/** A fetch may wait on a slow server, never for ever. */
export const FETCH_TIMEOUT_MS = 120_000;
/** How many commits of the base branch a shallow clone fetches at first. */
const FETCH_DEPTH = 50;

/**
 * What to compare with: `--base`; else the target branch CI names (GitHub sets
 * GITHUB_BASE_REF on pull_request events and an empty one otherwise, GitLab sets
 * CI_MERGE_REQUEST_TARGET_BRANCH_NAME); else `main`, then `master`.
 */
export function baseCandidates(explicit: string | undefined, env: CiEnv): BaseChoice {
  if (explicit !== undefined) return { names: [explicit], explicit: true };
  const ci = [env.GITHUB_BASE_REF, env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME].find((name) => name !== undefined && name.trim() !== '');
  return ci ? { names: [ci.trim()], explicit: false } : { names: ['main', 'master'], explicit: false };
}

/**
 * The refs to look up for one name, best first. A name the user typed means what git
 * would take it to mean, with `<remote>/<name>` only as a fallback. A name we chose
 * prefers the remote-tracking branch: it is what the pull request is compared with on
 * the server, while a local `main` is often weeks behind (or absent in CI).
 */
export function lookups(name: string, explicit: boolean, remote: string | undefined): string[] {
  if (!remote || name.startsWith(`${remote}/`)) return [name];
  return explicit ? [name, `${remote}/${name}`] : [`${remote}/${name}`, name];
}

/** Does `ref` name a commit in this repository? */
async function exists(repo: Repository, ref: string): Promise<boolean> {
  // A ref starting with `-` would be read as an option.
  if (ref.startsWith('-')) return false;
  return (await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repo.root)).ok;
}

/** Fetch branch `name` of the remote as `<remote>/<name>`, else the tag of that name: a shallow CI clone has only the branch under test. */
async function fetchBranch(repo: Repository, remote: string, name: string): Promise<string | undefined> {
  const branch = name.startsWith(`${remote}/`) ? name.slice(remote.length + 1) : name;
  if (branch.startsWith('-') || branch === '') return undefined;
  const refspec = `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
  const fetched = await runGit(['fetch', '--no-tags', `--depth=${FETCH_DEPTH}`, remote, refspec], repo.root, FETCH_TIMEOUT_MS);
  if (fetched.ok && (await exists(repo, `${remote}/${branch}`))) return `${remote}/${branch}`;
  return fetchTag(repo, remote, branch);
}

/** Fetch tag `name` (an edition such as `edisi-1`): a CI clone has no tags unless asked. */
async function fetchTag(repo: Repository, remote: string, name: string): Promise<string | undefined> {
  const refspec = `+refs/tags/${name}:refs/tags/${name}`;
  const fetched = await runGit(['fetch', '--no-tags', `--depth=${FETCH_DEPTH}`, remote, refspec], repo.root, FETCH_TIMEOUT_MS);
  return fetched.ok && (await exists(repo, `refs/tags/${name}`)) ? name : undefined;
}

/**
 * Resolve the base among the candidates, locally first. Only a shallow clone with a
 * remote fetches a missing base branch: a full clone that lacks it was not asked to
 * track it, and fetching there would reach the network on a staffer's laptop.
 */
export async function resolveBase(repo: Repository, choice: BaseChoice): Promise<BaseRef | undefined> {
  for (const name of choice.names) {
    for (const ref of lookups(name, choice.explicit, repo.remote)) {
      if (await exists(repo, ref)) return { ref, fetched: false };
    }
  }
  if (!repo.shallow || !repo.remote) return undefined;
  for (const name of choice.names) {
    const ref = await fetchBranch(repo, repo.remote, name);
    if (ref) return { ref, fetched: true };
  }
  return undefined;
}
