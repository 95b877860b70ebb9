import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/io/io.ts';
import { run } from '../../src/cli/main.ts';
import { copyFixture } from '../helpers/cli.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/new/content');
let dir: string;

beforeEach(async () => {
  dir = await copyFixture(FIXTURE, 'masterplan-new-tty-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A keyboard: what @clack/prompts reads, in raw mode, as on a real terminal. */
class FakeStdin extends PassThrough {
  isTTY = true;
  isRaw = false;
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }
}

const KEY = { enter: '\r', down: '\u001b[B', tab: '\t', backspace: '\u007f', ctrlC: '\u0003' };

/** A terminal session: answers each prompt once its question is on screen. */
function terminal() {
  const stdin = new FakeStdin();
  const io = { ...memoryIo(dir), stdin };
  io.stdout.isTTY = true;
  let seen = 0;
  const screen = () => io.out().replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
  async function answer(question: string, ...keys: string[]): Promise<void> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const at = screen().indexOf(question, seen);
      if (at >= 0) {
        seen = at + question.length;
        break;
      }
      if (Date.now() > deadline) throw new Error(`prompt "${question}" never appeared; screen:\n${screen()}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    for (const key of keys) {
      stdin.write(key);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return { io, answer, screen };
}

describe('masterplan new on a terminal', () => {
  it('asks title, dimension, element, lead OPD (searched), supporting OPDs and quick win, then writes a file that passes the check', async () => {
    const { io, answer, screen } = terminal();
    const running = run(['new'], io);
    await answer('Judul inisiatif', ...'Bus Sekolah Gratis'.split(''), KEY.enter);
    await answer('Dimensi', KEY.down, KEY.down, KEY.down, KEY.enter); // governance → branding → economy → living
    await answer('Elemen', KEY.down, KEY.down, KEY.enter); // tata-ruang → kesehatan → transportasi
    await answer('OPD pelaksana', ...'perhub'.split(''), KEY.enter); // found by its full name "Dinas Perhubungan"
    await answer('OPD pendukung', ...'bapp'.split(''), KEY.tab, ...Array(4).fill(KEY.backspace), ...'kominfo'.split(''), KEY.tab, KEY.enter);
    await answer('Quick win', 'y');
    expect(await running).toBe(0);
    expect(screen()).toContain('Dibuat: content/initiatives/smart-living/bus-sekolah-gratis.md');

    const text = await readFile(path.join(dir, 'content/initiatives/smart-living/bus-sekolah-gratis.md'), 'utf8');
    expect(text).toContain('id: bus-sekolah-gratis\ntitle: Bus Sekolah Gratis\ndimension: smart-living\nelement: transportasi\nopd: dishub\nsupporting_opd: [bappeda, diskominfo]\nquick_win: true\n');
    const check = memoryIo(dir);
    expect(await run(['check'], check)).toBe(0);
  });

  it('rejects a title whose id is taken while asking, and accepts the next one', async () => {
    const { io, answer, screen } = terminal();
    const running = run(['new', '--dimension', 'smart-governance', '--element', 'pelayanan', '--opd', 'diskominfo', '--no-quick-win'], io);
    await answer('Judul inisiatif', ...'Portal Layanan'.split(''), KEY.enter);
    await answer('sudah dipakai', ...' Baru'.split(''), KEY.enter);
    await answer('OPD pendukung', KEY.enter);
    expect(await running).toBe(0);
    expect(screen()).toContain('content/initiatives/smart-governance/portal-layanan-baru.md');
    const text = await readFile(path.join(dir, 'content/initiatives/smart-governance/portal-layanan-baru.md'), 'utf8');
    expect(text).toContain('quick_win: false\n');
  });

  it('writes nothing when cancelled with Ctrl-C', async () => {
    const { io, answer } = terminal();
    const running = run(['new'], io);
    await answer('Judul inisiatif', ...'Batal'.split(''), KEY.ctrlC);
    expect(await running).toBe(2);
    expect(io.err()).toContain('Dibatalkan');
    expect(await readdir(path.join(dir, 'content/initiatives'))).toEqual(['smart-governance']);
  });

  it('asks nothing with --yes, even on a terminal', async () => {
    const { io } = terminal();
    expect(await run(['new', '--yes', '--title', 'Uji', '--dimension', 'economy', '--opd', 'bappeda'], io)).toBe(0);
    expect(io.out()).not.toContain('Judul inisiatif');
  });
});

describe('masterplan new on a terminal, answered carelessly', () => {
  it('a lead OPD search that matches nothing asks again instead of crashing', async () => {
    const { io, answer, screen } = terminal();
    const running = run(['new', '--title', 'Uji OPD', '--dimension', 'smart-governance', '--element', 'pelayanan', '--no-quick-win'], io);
    await answer('OPD pelaksana', ...'zzzz'.split(''), KEY.enter);
    await new Promise((r) => setTimeout(r, 100));
    await answer('OPD pelaksana', ...Array(4).fill(KEY.backspace), ...'kominfo'.split(''), KEY.enter);
    await answer('OPD pendukung', KEY.enter);
    expect(await running).toBe(0);
    expect(screen()).toContain('Dibuat: content/initiatives/smart-governance/uji-opd.md');
    // The prompt library's own hints speak the book's language too.
    expect(screen()).toContain('Tidak ada yang cocok');
    expect(screen()).toContain('Tidak ada OPD yang cocok. Hapus pencarian');
    expect(screen()).toMatch(/Cari:.*\(0 cocok\)/);
    expect(screen()).toContain('↑/↓ pilih • Enter: konfirmasi • Ketik: untuk mencari');
    expect(screen()).not.toMatch(/to select|to search|No matches|Search:/);
  });

  it('a title with a line break (pasted into --title) becomes one line, and the file passes the check', async () => {
    const io = memoryIo(dir);
    expect(await run(['new', '--yes', '--title', 'Layanan Warga\r\n  Terpadu\t', '--dimension', 'smart-governance', '--opd', 'diskominfo'], io)).toBe(0);
    const text = await readFile(path.join(dir, 'content/initiatives/smart-governance/layanan-warga-terpadu.md'), 'utf8');
    expect(text).toContain('title: Layanan Warga Terpadu\n');
    expect(await run(['check'], memoryIo(dir))).toBe(0);
  });
});
