/** What one git command printed, and whether it succeeded. */
export interface GitOutput {
    ok: boolean;
    stdout: string;
    stderr: string;
}
/** git is not installed or not on PATH. */
export declare class GitMissingError extends Error {
    name: string;
}
/**
 * Run git without a shell in `cwd`. A non-zero exit is an answer (`ok: false`), not an error:
 * "not a repository" and "no such ref" are normal outcomes here.
 */
export declare function runGit(args: readonly string[], cwd: string, timeoutMs?: number): Promise<GitOutput>;
/** Split NUL-terminated output (`-z`) into its entries. */
export declare function splitNul(text: string): string[];
