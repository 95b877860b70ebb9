import path from 'node:path';
import { runGit, splitNul } from "./run-git.js";
/** The pathspec of `dir` for git commands run at the repository root. */
function pathspecOf(repo, dir) {
    const rel = path.relative(repo.root, dir).split(path.sep).join('/');
    return rel === '' ? '.' : rel;
}
/**
 * Files under `dir` that differ from `mergeBase`, as absolute paths: the branch's commits,
 * staged and unstaged edits (`git diff <commit>` compares with the working tree), and
 * untracked files that are not ignored, because a staffer checks a new initiative before
 * committing it. `--no-renames`: a moved file counts as changed whatever `diff.renames`
 * says, and the old name, now gone, simply has no diagnostics. `dir` must be a real path.
 */
export async function changedFiles(repo, mergeBase, dir) {
    const pathspec = pathspecOf(repo, dir);
    const [diff, untracked] = await Promise.all([
        runGit(['--literal-pathspecs', 'diff', '--name-only', '--no-renames', '-z', mergeBase, '--', pathspec], repo.root),
        runGit(['--literal-pathspecs', 'ls-files', '--others', '--exclude-standard', '-z', '--', pathspec], repo.root),
    ]);
    if (!diff.ok || !untracked.ok)
        return undefined;
    const names = new Set([...splitNul(diff.stdout), ...splitNul(untracked.stdout)]);
    return [...names].sort().map((name) => path.join(repo.root, name));
}
