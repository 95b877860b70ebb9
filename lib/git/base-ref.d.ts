import type { Repository } from './repository.ts';
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
export declare const FETCH_TIMEOUT_MS = 120000;
/**
 * What to compare with: `--base`; else the target branch CI names (GitHub sets
 * GITHUB_BASE_REF on pull_request events and an empty one otherwise, GitLab sets
 * CI_MERGE_REQUEST_TARGET_BRANCH_NAME); else `main`, then `master`.
 */
export declare function baseCandidates(explicit: string | undefined, env: CiEnv): BaseChoice;
/**
 * The refs to look up for one name, best first. A name the user typed means what git
 * would take it to mean, with `<remote>/<name>` only as a fallback. A name we chose
 * prefers the remote-tracking branch: it is what the pull request is compared with on
 * the server, while a local `main` is often weeks behind (or absent in CI).
 */
export declare function lookups(name: string, explicit: boolean, remote: string | undefined): string[];
/**
 * Resolve the base among the candidates, locally first. Only a shallow clone with a
 * remote fetches a missing base branch: a full clone that lacks it was not asked to
 * track it, and fetching there would reach the network on a staffer's laptop.
 */
export declare function resolveBase(repo: Repository, choice: BaseChoice): Promise<BaseRef | undefined>;
