import { runGit } from "./run-git.js";
/** Prefer `origin`, the name every clone gives its source; else the first remote listed. */
function pickRemote(list) {
    const remotes = list.split('\n').map((line) => line.trim()).filter(Boolean);
    return remotes.includes('origin') ? 'origin' : remotes[0];
}
/** Find the repository containing `dir`, or undefined when `dir` is not inside one. Throws GitMissingError. */
export async function openRepository(dir) {
    const top = await runGit(['rev-parse', '--show-toplevel', '--is-shallow-repository'], dir);
    const [root, shallow] = top.stdout.split('\n');
    if (!top.ok || !root)
        return undefined;
    const remotes = await runGit(['remote'], root);
    const remote = remotes.ok ? pickRemote(remotes.stdout) : undefined;
    return { root, shallow: shallow === 'true', ...(remote ? { remote } : {}) };
}
/** Is the repository still shallow (a deepening may have reached the first commit)? */
export async function isShallow(repo) {
    const result = await runGit(['rev-parse', '--is-shallow-repository'], repo.root);
    return result.ok && result.stdout.trim() === 'true';
}
