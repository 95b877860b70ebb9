import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from '../../src/pipeline/read.ts';
import { tempDir } from '../helpers/cli.ts';

describe('read', () => {
  it('follows linked files and folders, each folder once, and skips dot folders', async () => {
    const dir = await tempDir();
    const content = path.join(dir, 'content');
    await mkdir(path.join(content, 'initiatives'), { recursive: true });
    await mkdir(path.join(content, '.git'), { recursive: true });
    await mkdir(path.join(dir, 'shared'));
    await writeFile(path.join(content, 'book.yml'), 'city: X\n');
    await writeFile(path.join(content, '.git', 'x.md'), '');
    await writeFile(path.join(dir, 'shared', 'linked.md'), '');
    await symlink(path.join(dir, 'shared', 'linked.md'), path.join(content, 'initiatives', 'linked.md'));
    await symlink(content, path.join(content, 'initiatives', 'loop'));
    await symlink(path.join(dir, 'missing.md'), path.join(content, 'initiatives', 'broken.md'));
    const result = await read('content', dir);
    expect(result.book?.rel).toBe('book.yml');
    expect(result.files.map((f) => [f.rel, f.kind])).toEqual([
      ['initiatives/broken.md', 'unreadable'],
      ['initiatives/linked.md', 'initiative'],
    ]);
  });
});
