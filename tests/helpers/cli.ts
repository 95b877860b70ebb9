import { cp, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';

/** Repository root, where the example book lives. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Run the CLI in-process and collect its output. */
export async function runCli(args: string[], cwd = ROOT, env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo(cwd, env);
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'masterplan-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A minimal valid book.yml with a small OPD registry. */
export const SMALL_BOOK_YML = `city: Kota Contoh
title: Masterplan Smart City Kota Contoh
period: { start: 2019, end: 2023 }
opd:
  - id: diskominfo
    name: Dinas Komunikasi dan Informatika
    short: Diskominfo
  - id: dinkes
    name: Dinas Kesehatan
    short: Dinkes
    aliases: [DKP2KB]
`;

/** Write a book project: a map of paths (relative to the project folder) to file contents. */
export async function writeProject(dir: string, files: Record<string, string | Buffer>): Promise<string> {
  for (const [name, data] of Object.entries(files)) {
    const full = path.join(dir, name);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, data);
  }
  return dir;
}

/** A valid initiative file with optional extra frontmatter lines. */
export function initiative(title: string, extra = '', body = '## Latar Belakang\n\nTeks.\n\n## Tujuan\n\nTeks.\n'): string {
  return `---\ntitle: ${title}\ndimension: smart-governance\nopd: diskominfo\n${extra}---\n${body}`;
}

/** A fresh temporary copy of a fixture content folder, as `<tmp>/content`; returns the project folder. */
export async function copyFixture(content: string, prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  await cp(content, path.join(dir, 'content'), { recursive: true });
  return dir;
}
