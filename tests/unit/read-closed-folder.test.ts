import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Root reads every folder: a folder without permission is simulated where the walk lists it.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readdir: (async (dir: string, options: unknown) => {
      if (String(dir).endsWith(`${path.sep}rahasia`)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
      return (fs.readdir as (d: string, o: unknown) => Promise<unknown>)(dir, options);
    }) as typeof fs.readdir,
  };
});

const { runCli, initiative, SMALL_BOOK_YML, tempDir, writeProject } = await import('../helpers/cli.ts');

describe('a folder that cannot be read', () => {
  it('is reported as file-unreadable with how to fix it, not an internal error', async () => {
    const dir = await writeProject(await tempDir('masterplan-noread-'), { 'content/book.yml': SMALL_BOOK_YML, 'content/initiatives/a.md': initiative('A'), 'content/initiatives/rahasia/b.md': initiative('B') });
    const result = await runCli(['check', '--format', 'json'], dir);
    expect(result.stderr).not.toMatch(/internal|Kesalahan internal/i);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string; message: string }[] };
    const found = report.diagnostics.filter((d) => d.rule === 'file-unreadable');
    expect(found.map((d) => d.file)).toEqual(['content/initiatives/rahasia']);
    expect(found[0]!.message).toContain('Folder `initiatives/rahasia` tidak dapat dibuka (tidak ada izin membaca)');
    expect(result.code).toBe(1);
  });
});
