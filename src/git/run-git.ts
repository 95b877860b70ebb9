import { execFile, spawn } from 'node:child_process';

/** What one git command printed, and whether it succeeded. */
export interface GitOutput {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** git is not installed or not on PATH. */
export class GitMissingError extends Error {
  override name = 'GitMissingError';
}

/** Large enough for the file list of a very big book. */
const MAX_BUFFER = 64 * 1024 * 1024;

/**
 * Run git without a shell in `cwd`. A non-zero exit is an answer (`ok: false`), not an error:
 * "not a repository" and "no such ref" are normal outcomes here.
 */
export function runGit(args: readonly string[], cwd: string, timeoutMs = 0): Promise<GitOutput> {
  // A fetch must never stop to ask for a password: CI has nobody to answer.
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env, maxBuffer: MAX_BUFFER, encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new GitMissingError('git not found'));
        return;
      }
      resolve({ ok: !error, stdout, stderr });
    });
  });
}

/** Split NUL-terminated output (`-z`) into its entries. */
export function splitNul(text: string): string[] {
  return text.split('\0').filter((entry) => entry.length > 0);
}

/**
 * Run git with `input` on stdin and collect stdout as bytes (`cat-file --batch` prints file
 * contents, which need not be text). Resolves undefined when git fails.
 */
export function runGitBytes(args: readonly string[], cwd: string, input: string): Promise<Buffer | undefined> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd, env, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? reject(new GitMissingError('git not found')) : resolve(undefined)));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks) : undefined));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
