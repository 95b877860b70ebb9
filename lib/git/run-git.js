import { execFile } from 'node:child_process';
/** git is not installed or not on PATH. */
export class GitMissingError extends Error {
    name = 'GitMissingError';
}
/** Large enough for the file list of a very big book. */
const MAX_BUFFER = 64 * 1024 * 1024;
/**
 * Run git without a shell in `cwd`. A non-zero exit is an answer (`ok: false`), not an error:
 * "not a repository" and "no such ref" are normal outcomes here.
 */
export function runGit(args, cwd, timeoutMs = 0) {
    // A fetch must never stop to ask for a password: CI has nobody to answer.
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
    return new Promise((resolve, reject) => {
        execFile('git', [...args], { cwd, env, maxBuffer: MAX_BUFFER, encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
            if (error && error.code === 'ENOENT') {
                reject(new GitMissingError('git not found'));
                return;
            }
            resolve({ ok: !error, stdout, stderr });
        });
    });
}
/** Split NUL-terminated output (`-z`) into its entries. */
export function splitNul(text) {
    return text.split('\0').filter((entry) => entry.length > 0);
}
