import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initiative, ROOT, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';

async function project(): Promise<string> {
  return writeProject(await tempDir('masterplan-write-'), {
    'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
    'content/initiatives/a.md': initiative('A'),
  });
}

/** Every entry under `dir`, recursively, with `/`. */
const entries = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')).sort();

describe('build writes all editions or none, and never leaves temporary files', () => {
  it('a folder where a file goes: a usage error naming the output folder, the old book untouched, nothing left behind', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'dist', 'buku-satu.pdf'), { recursive: true });
    await writeFile(path.join(dir, 'dist', 'buku-satu.html'), 'edisi lama');
    const result = await runCli(['build', '--out', 'dist'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Tidak dapat menulis ke `dist` (ada folder bernama seperti berkas buku di dalamnya).');
    expect(await readFile(path.join(dir, 'dist', 'buku-satu.html'), 'utf8')).toBe('edisi lama');
    expect(entries(path.join(dir, 'dist'))).toEqual(['buku-satu.html', 'buku-satu.pdf']);
  });

  it('removes the staging folder a run killed outright left behind', async () => {
    const dir = await project();
    // No process has this id: its owner is gone.
    const stale = path.join(dir, 'dist', '.masterplan-staging-999999999-1');
    await mkdir(stale, { recursive: true });
    await writeFile(path.join(stale, 'buku-satu.pdf'), 'setengah');
    expect((await runCli(['build', '--out', 'dist'], dir)).code).toBe(0);
    expect(entries(path.join(dir, 'dist'))).toEqual(['buku-satu.html', 'buku-satu.pdf']);
  });

  it('a kill while the files are written removes them before the process ends', async () => {
    const out = await tempDir('masterplan-kill-');
    const script = `import('${path.join(ROOT, 'lib', 'pipeline', 'write.js')}').then((m) => m.write(process.argv[1], Array.from({ length: 40 }, (_, n) => ({ name: 'berkas-' + n + '.pdf', data: Buffer.alloc(8e6, n) }))))`;
    const child = spawn(process.execPath, ['-e', script, out], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill as soon as the first file is in the staging folder.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const staging = existsSync(out) ? readdirSync(out).find((n) => n.startsWith('.masterplan-staging-')) : undefined;
        if (staging && readdirSync(path.join(out, staging)).length > 0) {
          clearInterval(timer);
          child.kill('SIGTERM');
          resolve();
        }
      }, 1);
    });
    expect(await exited).toBe('SIGTERM');
    expect(entries(out)).toEqual([]);
  }, 30_000);
});


describe('the HTML edition travels alone', () => {
  it('carries its images inside the page; --assets-dir writes them under assets/ instead', async () => {
    const png = await readFile(path.join(ROOT, 'content', 'assets', 'logo.png'));
    const dir = await writeProject(await tempDir('masterplan-inline-'), {
      'content/book.yml': `${SMALL_BOOK_YML}logo: assets/logo.png\nrules:\n  severity: { no-quick-win: off }\n`,
      'content/assets/logo.png': png,
      'content/initiatives/a.md': initiative('A', '', '## Latar Belakang\n\n![Logo kota](../assets/logo.png)\n\n## Tujuan\n\nTeks.\n'),
    });
    expect((await runCli(['build', '--format', 'html', '--out', 'satu-berkas'], dir)).code).toBe(0);
    expect(entries(path.join(dir, 'satu-berkas'))).toEqual(['buku-satu.html']);
    const page = await readFile(path.join(dir, 'satu-berkas', 'buku-satu.html'), 'utf8');
    expect(page.split(`src="data:image/png;base64,${png.toString('base64')}"`).length - 1).toBe(2);
    expect((await runCli(['build', '--format', 'html', '--assets-dir', '--out', 'terpisah'], dir)).code).toBe(0);
    expect(entries(path.join(dir, 'terpisah'))).toEqual(['assets', 'assets/logo.png', 'buku-satu.html']);
    expect(await readFile(path.join(dir, 'terpisah', 'buku-satu.html'), 'utf8')).toContain('src="assets/logo.png"');
  });
});
