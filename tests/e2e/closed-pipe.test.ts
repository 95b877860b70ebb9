import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initiative, ROOT, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';

describe('a reader that closes the pipe early', () => {
  it('`masterplan export | head -1` ends quietly: no EPIPE trace, exit 0', async () => {
    // Enough rows to outgrow the pipe's buffer, so the command is still writing when the reader goes.
    const files: Record<string, string> = { 'content/book.yml': SMALL_BOOK_YML };
    for (let i = 0; i < 600; i++) files[`content/initiatives/smart-governance/inisiatif-${i}.md`] = initiative(`Inisiatif layanan publik terpadu nomor ${i} untuk warga kota`);
    const dir = await writeProject(await tempDir('masterplan-pipe-'), files);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/masterplan.js'), 'export', '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
  });
});
