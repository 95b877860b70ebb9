import { FETCH_TIMEOUT_MS } from "./base-ref.js";
import { isShallow } from "./repository.js";
import { runGit } from "./run-git.js";
/** Commits to add to a shallow history per attempt before giving up (1,250 in all). */
export const DEEPEN_STEPS = [50, 200, 1000];
async function mergeBaseOf(repo, base) {
    const result = await runGit(['merge-base', base, 'HEAD'], repo.root);
    const commit = result.stdout.trim();
    return result.ok && commit ? commit : undefined;
}
/** The refspec that keeps a remote-tracking base up to date while deepening; none for a local base. */
function refspecFor(base, remote) {
    if (!base.startsWith(`${remote}/`))
        return [];
    const branch = base.slice(remote.length + 1);
    return [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`];
}
/**
 * `git merge-base <base> HEAD`. In a shallow clone (CI's `fetch-depth: 1`) the common
 * commit is usually missing, so fetch deeper history a few times first; `--deepen`
 * extends every shallow edge, the branch under test's as well as the base's.
 */
export async function findMergeBase(repo, base, steps = DEEPEN_STEPS) {
    const found = await mergeBaseOf(repo, base.ref);
    if (found)
        return { commit: found, deepened: false };
    if (!repo.shallow || !repo.remote)
        return undefined;
    for (const step of steps) {
        const args = ['fetch', '--no-tags', `--deepen=${step}`, repo.remote, ...refspecFor(base.ref, repo.remote)];
        if (!(await runGit(args, repo.root, FETCH_TIMEOUT_MS)).ok)
            return undefined;
        const commit = await mergeBaseOf(repo, base.ref);
        if (commit)
            return { commit, deepened: true };
        // The whole history is here and still no common commit: deepening cannot help.
        if (!(await isShallow(repo)))
            return undefined;
    }
    return undefined;
}
