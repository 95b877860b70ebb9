import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { baseCandidates, resolveBase } from "./base-ref.js";
import { changedFiles } from "./changed-files.js";
import { findMergeBase } from "./merge-base.js";
import { openRepository } from "./repository.js";
import { GitMissingError } from "./run-git.js";
async function real(dir) {
    return realpath(dir).catch(() => path.resolve(dir));
}
/** Repository paths relative to the working directory, with `/`, as diagnostics name files. */
async function displayPaths(files, cwd) {
    const from = await real(cwd);
    return files.map((file) => path.relative(from, file).split(path.sep).join('/'));
}
async function compare(options) {
    const repo = await openRepository(options.dir);
    const choice = baseCandidates(options.base, options.env);
    if (!repo)
        return { kind: 'unknown', reason: 'not-repo', tried: choice.names };
    const base = await resolveBase(repo, choice);
    if (!base)
        return choice.explicit ? { kind: 'bad-base', ref: options.base ?? '' } : { kind: 'unknown', reason: 'no-base', tried: choice.names };
    const found = await findMergeBase(repo, base, options.deepen);
    if (!found)
        return { kind: 'unknown', reason: repo.shallow ? 'shallow' : 'no-merge-base', base: base.ref, tried: choice.names };
    const files = await changedFiles(repo, found.commit, await real(options.dir));
    if (!files)
        return { kind: 'unknown', reason: 'git-failed', base: base.ref, tried: choice.names };
    const shown = await displayPaths(files, options.cwd);
    return { kind: 'changed', base: base.ref, mergeBase: found.commit, deepened: found.deepened, fetched: base.fetched, files: shown };
}
/** Ask git which files under the content folder changed since the branch left its base. */
export async function changedSince(options) {
    try {
        return await compare(options);
    }
    catch (error) {
        if (error instanceof GitMissingError)
            return { kind: 'unknown', reason: 'no-git', tried: [] };
        throw error;
    }
}
