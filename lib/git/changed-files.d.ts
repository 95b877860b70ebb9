import type { Repository } from './repository.ts';
/**
 * Files under `dir` that differ from `mergeBase`, as absolute paths: the branch's commits,
 * staged and unstaged edits (`git diff <commit>` compares with the working tree), and
 * untracked files that are not ignored, because a staffer checks a new initiative before
 * committing it. `--no-renames`: a moved file counts as changed whatever `diff.renames`
 * says, and the old name, now gone, simply has no diagnostics. `dir` must be a real path.
 */
export declare function changedFiles(repo: Repository, mergeBase: string, dir: string): Promise<string[] | undefined>;
