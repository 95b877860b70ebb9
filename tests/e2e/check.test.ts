import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { initiative, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';

describe('masterplan check on the example book', () => {
  it('exits 0 with no diagnostics', async () => {
    const result = await runCli(['check']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/berkas diperiksa, tidak ada masalah/);
    expect(result.code).toBe(0);
  });

  it('meets the counts the example book promises', async () => {
    const { book, diagnostics } = await loadBook({ cwd: path.resolve(import.meta.dirname, '../..') });
    expect(diagnostics).toEqual([]);
    expect(book.initiatives.length).toBeGreaterThanOrEqual(24);
    for (const chapter of book.chapters) {
      expect(chapter.initiatives.length, chapter.id).toBeGreaterThanOrEqual(3);
      expect(chapter.intro, chapter.id).toBeDefined();
    }
    expect(book.quickWins.length).toBeGreaterThanOrEqual(6);
    expect(book.front.length).toBeGreaterThanOrEqual(2);
    expect(book.settings.opd.length).toBeGreaterThanOrEqual(15);
    expect(book.settings.opd.every((o) => o.short)).toBe(true);
    expect(book.settings.opd.some((o) => (o.aliases ?? []).length > 0)).toBe(true);
    expect(book.settings.period).toEqual({ start: 2019, end: 2023 });
  });
});

describe('masterplan check on a misspelt dimension', () => {
  async function project(): Promise<string> {
    const dir = await tempDir();
    return writeProject(dir, {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/tanjak.md': '---\ntitle: Aplikasi Tanjak\nopd: diskominfo\ndimension: smart goverment\n---\n## Latar Belakang\n\nTeks.\n',
    });
  }

  it('points at the value in stylish format and suggests smart-governance', async () => {
    const result = await runCli(['check'], await project());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('content/initiatives/tanjak.md');
    expect(result.stdout).toMatch(/4:12\s+kesalahan\s+Dimensi `smart goverment` tidak dikenal\. Maksud Anda `smart-governance`\?.*dimension-unknown/);
    expect(result.stdout).toContain('1 kesalahan, 0 peringatan dalam 1 berkas');
  });

  it('gives the documented JSON', async () => {
    const result = await runCli(['check', '--format', 'json'], await project());
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      files: 2,
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: 'content/initiatives/tanjak.md',
          line: 4,
          column: 12,
          severity: 'error',
          rule: 'dimension-unknown',
          message: expect.stringContaining('smart-governance'),
          suggestion: 'smart-governance',
        },
      ],
    });
  });

  it('speaks English with --lang en', async () => {
    const result = await runCli(['check', '--lang', 'en'], await project());
    expect(result.stdout).toContain('Unknown dimension `smart goverment`. Did you mean `smart-governance`?');
    expect(result.stdout).toContain('1 error, 0 warnings in 1 file');
  });
});

describe('masterplan check reports every problem with its position', () => {
  it('reports unknown keys with the key meant, bad types with the fix, duplicate ids on both files and strays', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/a.md': initiative('A', 'anggaran: "150.000.000"\nquick_win: ya\n'),
      'content/initiatives/sub/b.md': initiative('B', 'id: a\n'),
      'content/catatan.md': '# Catatan\n',
    });
    const { code, stdout } = await runCli(['check', '--format', 'json'], dir);
    expect(code).toBe(1);
    const found = JSON.parse(stdout).diagnostics.map((d: { file: string; line: number; column: number; rule: string; suggestion?: string }) => [d.file, d.line, d.column, d.rule, d.suggestion]);
    expect(found).toEqual([
      ['content/catatan.md', 1, 1, 'stray-file', undefined],
      ['content/initiatives/a.md', 1, 1, 'duplicate-id', undefined],
      ['content/initiatives/a.md', 5, 1, 'unknown-key', 'budget'],
      ['content/initiatives/a.md', 6, 12, 'wrong-type', 'true'],
      ['content/initiatives/sub/b.md', 5, 5, 'duplicate-id', undefined],
    ]);
  });

  it('reports book.yml problems at their position', async () => {
    const dir = await tempDir();
    await writeProject(dir, {
      'content/book.yml': `${SMALL_BOOK_YML}paper: A5\nkota: X\n`,
    });
    const { code, stdout } = await runCli(['check', '--format', 'json'], dir);
    expect(code).toBe(1);
    const errors = JSON.parse(stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    const found = errors.map((d: { line: number; column: number; rule: string; suggestion?: string }) => [d.line, d.column, d.rule, d.suggestion]);
    expect(found).toEqual([
      [12, 8, 'invalid-value', 'A4'],
      [13, 1, 'unknown-key', 'city'],
    ]);
  });

  it('exits 2 with a clear message when there is no book project', async () => {
    const dir = await tempDir();
    const result = await runCli(['check'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Folder konten `content` tidak ditemukan');
    const bad = await runCli(['check', '--format', 'xml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Format `xml` tidak dikenal');
  });
});

describe('usage errors speak the language asked for', () => {
  it('answers --lang en, or the book locale, before it reads the book', async () => {
    const dir = await writeProject(await tempDir(), { 'content/book.yml': SMALL_BOOK_YML });
    const asked = await runCli(['check', '--lang', 'en', '--format', 'foo'], dir);
    expect(asked).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown format `foo`. Choose from:') });
    for (const args of [['build', '--lang', 'en', '--format', 'epub'], ['stats', '--lang', 'en', '--format', 'xml'], ['export', '--lang', 'en', '--format', 'ods'], ['build', '--lang', 'en', '--draft', '--final']]) {
      const r = await runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^(Unknown format|Choose one of)/);
    }
    await writeProject(dir, { 'content/book.yml': `${SMALL_BOOK_YML}locale: en\n` });
    expect((await runCli(['check', '--format', 'foo'], dir)).stderr).toContain('Unknown format `foo`');
    expect((await runCli(['check', '--lang', 'id', '--format', 'foo'], dir)).stderr).toContain('Format `foo` tidak dikenal');
  });
});

describe('masterplan check <paths…>', () => {
  async function book(): Promise<string> {
    return writeProject(await tempDir('masterplan-paths-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-governance/baik.md': initiative('Baik'),
      'content/initiatives/smart-living/rusak.md': initiative('Rusak', 'budget: banyak\n'),
      'README.md': '# Proyek\n',
    });
  }

  it('a folder means every file under it', async () => {
    const dir = await book();
    const living = await runCli(['check', '--format', 'json', 'content/initiatives/smart-living'], dir);
    expect((JSON.parse(living.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file)).toEqual(['content/initiatives/smart-living/rusak.md']);
    expect(living.code).toBe(1);
    const governance = await runCli(['check', 'content/initiatives/smart-governance/'], dir);
    expect(governance.code).toBe(0);
    // The project folder holds the whole book.
    expect((await runCli(['check', '.'], dir)).code).toBe(1);
  });

  it('a missing path or a file outside the book is a usage error, not "no problems"', async () => {
    const dir = await book();
    const missing = await runCli(['check', 'content/initiatves/smart-living/rusak.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('`content/initiatves/smart-living/rusak.md` tidak ada');
    expect(missing.stdout).not.toContain('tidak ada masalah');
    const outside = await runCli(['check', 'README.md'], dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('`README.md` bukan bagian dari buku');
    expect(outside.stderr).toContain('`content/`');
  });
});

describe('a number too large to read', () => {
  it('`budget: 1e400` names the value and how to write it, not "a number (null)"', async () => {
    const dir = await writeProject(await tempDir('masterplan-huge-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-governance/a.md': initiative('A', 'budget: 1e400\n'),
    });
    const result = await runCli(['check'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('(null)');
    // The value as written, not the Infinity it reads as.
    expect(result.stdout).toContain('angka (1e400)');
    expect(result.stdout).toContain('terlalu besar');
    expect(result.stdout).toContain('`1500000000`');
  });
});

describe('a file saved as UTF-16', () => {
  it('is named as UTF-16 with the way to save it as UTF-8, with or without a byte-order mark', async () => {
    const text = initiative('Portal');
    const dir = await writeProject(await tempDir('masterplan-utf16-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-governance/bom.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'content/initiatives/smart-governance/tanpa-bom.md': Buffer.from(text, 'utf16le'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; rule: string; message: string }[] }).diagnostics.filter((d) => d.file.includes('/initiatives/'));
    expect(found.map((d) => [d.file, d.line, d.rule])).toEqual([
      ['content/initiatives/smart-governance/bom.md', 1, 'invalid-encoding'],
      ['content/initiatives/smart-governance/tanpa-bom.md', 1, 'invalid-encoding'],
    ]);
    for (const d of found) {
      expect(d.message).toContain('UTF-16');
      expect(d.message).toContain('Simpan ulang dengan pengodean UTF-8');
      expect(d.message).not.toContain('0xFF');
    }
  });
});

describe('the two common slips in frontmatter lines', () => {
  async function diagnosticsOf(extra: string, title = 'Portal'): Promise<{ line: number; column: number; rule: string; message: string }[]> {
    const dir = await writeProject(await tempDir('masterplan-slips-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-governance/a.md': `---\ntitle: ${title}\ndimension: smart-governance\n${extra}---\n## Latar Belakang\n\nTeks.\n\n## Tujuan\n\nTeks.\n`,
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    return (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; column: number; rule: string; message: string }[] }).diagnostics.filter((d) => d.file.endsWith('a.md'));
  }

  it("Word's curly quotes around a value with a colon: straight quotes, the line written out", async () => {
    const [d] = await diagnosticsOf('opd: diskominfo\n', '“Ambulans: Cepat”');
    expect(d).toMatchObject({ line: 2, column: 8, rule: 'yaml-syntax' });
    expect(d!.message).toContain('tanda kutip melengkung');
    expect(d!.message).toContain('`title: "Ambulans: Cepat"`');
  });

  it('`opd:dinkes`: a space after the colon, the line written out', async () => {
    const [d] = await diagnosticsOf('opd:diskominfo\n');
    expect(d).toMatchObject({ line: 4, column: 5, rule: 'yaml-syntax' });
    expect(d!.message).toContain('tidak ada spasi setelah titik dua; tulis `opd: diskominfo`');
  });
});

describe('numbered section headings', () => {
  const BOOK = `${SMALL_BOOK_YML}rules:\n  required_sections: [Latar Belakang, Tujuan]\n`;
  it('`## A. Latar Belakang`, `## 1. Tujuan` and `## II) Tujuan` count as the required sections', async () => {
    for (const [first, second] of [['A. Latar Belakang', '1. Tujuan'], ['I. Latar Belakang', 'II) Tujuan'], ['1.1 Latar Belakang', 'b) Tujuan']]) {
      const dir = await writeProject(await tempDir('masterplan-numbered-'), {
        'content/book.yml': BOOK,
        'content/initiatives/smart-governance/a.md': initiative('A', '', `## ${first}\n\nTeks.\n\n## ${second}\n\nTeks.\n`),
      });
      const result = await runCli(['check', '--format', 'json'], dir);
      const rules = (JSON.parse(result.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
      expect(rules, `${first} / ${second}`).not.toContain('required-section');
    }
    // The rule is on: an unnumbered heading that names something else is still reported.
    const dir = await writeProject(await tempDir('masterplan-numbered-'), {
      'content/book.yml': BOOK,
      'content/initiatives/smart-governance/a.md': initiative('A', '', '## A. Latar\n\nTeks.\n\n## 1. Tujuan\n\nTeks.\n'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    expect((JSON.parse(result.stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'required-section').map((d) => d.message)).toEqual([
      expect.stringContaining('`## Latar Belakang`'),
    ]);
  });
});

describe('an initiative id that a chapter or a generated part owns', () => {
  it('is a duplicate-id error naming the chapter and an id to use instead', async () => {
    const dir = await writeProject(await tempDir('masterplan-reserved-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-living/smart-governance.md': initiative('Pencuri Bab'),
      'content/initiatives/smart-governance/peta.md': initiative('Peta', 'id: lampiran-peta-jalan\n'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'duplicate-id');
    expect(found.map((d) => d.file)).toEqual(['content/initiatives/smart-governance/peta.md', 'content/initiatives/smart-living/smart-governance.md']);
    expect(found[1]!.message).toContain('adalah milik bab Smart Governance');
    expect(found[1]!.message).toContain('`smart-governance-inisiatif`');
    expect(found[0]!.message).toContain('`lampiran-peta-jalan`');
    expect(result.code).toBe(1);
  });
});

describe('an image written as a path on the writer\'s computer', () => {
  it('`C:\\…`, a network share or file: is outside the book, not "from the internet"', async () => {
    const dir = await writeProject(await tempDir('masterplan-winpath-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-governance/a.md': initiative('A', '', '## Latar Belakang\n\n![Foto](C:\\Users\\staf\\foto.jpg)\n\n![Peta](\\\\server\\bersama\\peta.png)\n\n![Logo](file:///D:/logo.png)\n\n## Tujuan\n\nTeks.\n'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'image-outside');
    expect(found).toHaveLength(3);
    for (const d of found) {
      expect(d.message).toContain('berada di luar folder buku');
      expect(d.message).toContain('content/assets/');
      expect(d.message).not.toContain('internet');
    }
  });
});

describe('Markdown nested absurdly deep', () => {
  const body = (inner: string) => `## Latar Belakang\n\n${inner}\n\n## Tujuan\n\nTeks.\n`;
  const list = Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(i)}- butir`).join('\n');

  it('`>` 2,000 times, `**` 2,000 times and a list 1,500 deep are nesting-depth errors found fast, and build refuses instead of crashing', async () => {
    const dir = await writeProject(await tempDir('masterplan-deep-'), {
      'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off }\n`,
      'content/initiatives/smart-governance/kutipan.md': initiative('Kutipan', '', body(`${'> '.repeat(2000)}Teks.`)),
      'content/initiatives/smart-governance/tebal.md': initiative('Tebal', '', body(`${'**'.repeat(2000)}x${'**'.repeat(2000)}`)),
      'content/initiatives/smart-governance/daftar.md': initiative('Daftar', '', body(list)),
    });
    const started = Date.now();
    const result = await runCli(['check', '--format', 'json'], dir);
    // Far above the normal time (about a second), so a loaded machine passes: the unbounded parse took minutes.
    expect(Date.now() - started).toBeLessThan(60_000);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; rule: string; message: string }[] }).diagnostics;
    expect(found.map((d) => `${d.file.split('/').pop()}:${d.line} ${d.rule}`)).toEqual(['daftar.md:20 nesting-depth', 'kutipan.md:8 nesting-depth', 'tebal.md:8 nesting-depth']);
    expect(found[1]!.message).toBe('Kutipan, daftar atau penekanan bersarang lebih dari 12 tingkat, lebih dalam dari yang muat di halaman. Kurangi tanda `>`, `*` atau indentasi daftar di sini.');
    const build = await runCli(['build', '--out', 'dist'], dir);
    expect(build.code).toBe(1);
    expect(build.stderr).not.toMatch(/internal|internal|Maximum call stack/i);
  }, 180_000);
});

describe('text that looks like an image', () => {
  it('`![Kapal](foto kapal.png)` is an image-syntax error with the path in <…> as the fix', async () => {
    const dir = await writeProject(await tempDir('masterplan-imgspace-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/smart-governance/a.md': initiative('A', '', '## Latar Belakang\n\nFoto: ![Kapal](foto kapal.jpg "Kapal di dermaga")\n\n## Tujuan\n\nTeks.\n'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { line: number; column: number; rule: string; message: string; suggestion?: string }[] }).diagnostics.filter((d) => d.rule === 'image-syntax');
    expect(found).toEqual([
      {
        file: 'content/initiatives/smart-governance/a.md',
        line: 8,
        column: 7,
        severity: 'error',
        rule: 'image-syntax',
        message: '`![Kapal](foto kapal.jpg "Kapal di dermaga")` tidak terbaca sebagai gambar karena jalurnya berisi spasi, jadi tercetak sebagai teks. Tulis `![Kapal](<foto kapal.jpg> "Kapal di dermaga")`, atau ganti nama berkasnya tanpa spasi.',
        suggestion: '![Kapal](<foto kapal.jpg> "Kapal di dermaga")',
      },
    ]);
  });
});

describe('a missing image that exists nearby', () => {
  it('names the file under another case beside it, or of that name in assets/, as the path to write', async () => {
    const png = await import('node:fs/promises').then((fs) => fs.readFile(path.resolve(import.meta.dirname, '../../content/assets/logo.png')));
    const dir = await writeProject(await tempDir('masterplan-near-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/assets/peta-kota.png': png,
      'content/initiatives/smart-governance/Foto.PNG': png,
      'content/initiatives/smart-governance/a.md': initiative('A', '', '## Latar Belakang\n\n![Foto](foto.png)\n\n![Peta](peta-kota.png)\n\n![Lain](tidak-ada.png)\n\n## Tujuan\n\nTeks.\n'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { rule: string; message: string; suggestion?: string }[] }).diagnostics.filter((d) => d.rule === 'image-missing');
    expect(found.map((d) => d.suggestion)).toEqual(['Foto.PNG', '../../assets/peta-kota.png', undefined]);
    expect(found[1]!.message).toBe('Gambar `peta-kota.png` tidak ditemukan, tetapi ada `../../assets/peta-kota.png`. Tulis `../../assets/peta-kota.png` (huruf besar dan kecil dibedakan di server yang menyusun buku).');
  });
});

describe('files that are not plain Markdown files of the project', () => {
  it('a FIFO, a link to /dev/zero and links out of the project are reported at once, never read', async () => {
    const { execFileSync } = await import('node:child_process');
    const { symlink } = await import('node:fs/promises');
    const outside = await writeProject(await tempDir('masterplan-outside-'), { 'luar.md': initiative('Dari Luar') });
    const dir = await writeProject(await tempDir('masterplan-special-'), { 'content/book.yml': SMALL_BOOK_YML, 'content/initiatives/a.md': initiative('A') });
    const folder = path.join(dir, 'content', 'initiatives');
    execFileSync('mkfifo', [path.join(folder, 'pipa.md')]);
    await symlink('/dev/zero', path.join(folder, 'nol.md'));
    await symlink(outside, path.join(folder, 'tautan'));
    await symlink(path.join(outside, 'luar.md'), path.join(folder, 'satu-luar.md'));
    const started = Date.now();
    const result = await runCli(['check', '--format', 'json'], dir);
    expect(Date.now() - started).toBeLessThan(30_000);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'file-unreadable');
    expect(found.map((d) => d.file)).toEqual(['content/initiatives/nol.md', 'content/initiatives/pipa.md', 'content/initiatives/satu-luar.md', 'content/initiatives/tautan']);
    expect(found[0]!.message).toContain('ke luar proyek buku (`/dev/zero`)');
    expect(found[1]!.message).toContain('bukan berkas biasa (pipa, perangkat atau soket)');
    expect(found[3]!.message).toContain('Salin berkasnya ke dalam `content/`');
    expect(result.stdout).not.toContain('Dari Luar');
    expect(result.code).toBe(1);
  });

  it('Markdown saved as .md.txt, .MD or .markdown is a file-name warning with the name to use', async () => {
    const dir = await writeProject(await tempDir('masterplan-misnamed-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/a.md.txt': initiative('A'),
      'content/initiatives/B.MD': initiative('B'),
      'content/initiatives/c.markdown': initiative('C'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string; severity: string; suggestion?: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'file-name');
    expect(found.map((d) => [d.file, d.severity, d.suggestion])).toEqual([
      ['content/initiatives/B.MD', 'warning', 'B.md'],
      ['content/initiatives/a.md.txt', 'warning', 'a.md'],
      ['content/initiatives/c.markdown', 'warning', 'c.md'],
    ]);
    expect(found[1]!.message).toBe('Berkas `initiatives/a.md.txt` tidak masuk ke buku karena namanya tidak berakhiran `.md` (Notepad menambahkan `.txt`). Ganti namanya menjadi `a.md`.');
  });
});

describe('control characters and characters the font lacks', () => {
  const esc = '\u001b';
  const files = {
    'content/book.yml': SMALL_BOOK_YML.replace('title: Masterplan Smart City Kota Contoh', 'title: Masterplan 智慧 Kota Contoh'),
    'content/initiatives/a.md': `---\ntitle: A\ndimension: "smart ${esc}[2J${esc}[32m✔ tidak ada masalah"\nopd: diskominfo\n---\n## Latar Belakang\n\nTeks \u0007 bel ${esc}[31mmerah. Lihat [peta](https://contoh.id/☃) dan ☂ ☔ ☂.\n\n## Tujuan\n\nTeks.\n`,
  };

  it('never reach the terminal or a CI log raw, and each undrawable character is named once per line, but not inside a link target', async () => {
    const dir = await writeProject(await tempDir('masterplan-control-'), files);
    for (const format of ['stylish', 'github', 'json']) {
      const result = await runCli(['check', '--format', format], dir);
      expect(result.stdout, format).not.toContain(esc);
      expect(result.stdout, format).not.toContain('\u0007');
    }
    const stylish = (await runCli(['check'], dir)).stdout;
    expect(stylish).toContain('Dimensi `smart \\x1b[2J\\x1b[32m✔ tidak ada masalah` tidak dikenal.');
    const found = (JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as { diagnostics: { file: string; line: number; column: number; rule: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'glyph-missing');
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${/U\+[0-9A-F]{4}/.exec(d.message)![0]}`)).toEqual([
      'content/book.yml:2:19 U+667A',
      'content/book.yml:2:20 U+6167',
      'content/initiatives/a.md:3:19 U+001B',
      'content/initiatives/a.md:3:28 U+2714',
      'content/initiatives/a.md:8:6 U+0007',
      'content/initiatives/a.md:8:12 U+001B',
      // ☃ is only in the link's target, which is never printed.
      'content/initiatives/a.md:8:62 U+2602',
      'content/initiatives/a.md:8:64 U+2614',
    ]);
    expect(found[4]!.message).toBe('Karakter kendali tak terlihat U+0007 (biasanya terbawa saat menyalin dari aplikasi lain) tidak dapat dicetak. Hapus karakter itu.');
  });

  it('are left out of the HTML page', async () => {
    const dir = await writeProject(await tempDir('masterplan-control-html-'), { ...files, 'content/initiatives/a.md': files['content/initiatives/a.md'].replace(/dimension: ".*"/, 'dimension: smart-governance') });
    const result = await runCli(['build', '--format', 'html', '--out', 'dist'], dir);
    expect(result.code).toBe(0);
    const html = await import('node:fs/promises').then((fs) => fs.readFile(path.join(dir, 'dist', 'buku-satu.html'), 'utf8'));
    expect(html).toContain('Teks  bel [31mmerah.');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe('budgets written the way people write rupiah', () => {
  it('`budget: 1.500` names the thousands dot read as a decimal point; `budget: “1500000000”` the number without quotes', async () => {
    const dir = await writeProject(await tempDir('masterplan-rupiah-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/a.md': initiative('A', 'budget: 1.500\n'),
      'content/initiatives/b.md': initiative('B', 'budget: “1500000000”\n'),
    });
    const found = (JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as { diagnostics: { rule: string; message: string; suggestion?: string }[] }).diagnostics.filter((d) => d.rule === 'wrong-type');
    expect(found.map((d) => [d.message, d.suggestion])).toEqual([
      ['Nilai `budget` adalah angka (1.500), seharusnya bilangan bulat. Titik di `1.500` dibaca sebagai tanda desimal. Tulis rupiah penuh tanpa titik: 1500.', '1500'],
      ['Nilai `budget` adalah teks (“1500000000”), seharusnya bilangan bulat. Tulis angka tanpa titik atau tanda kutip: 1500000000.', '1500000000'],
    ]);
  });
});

describe('odd but honest input', () => {
  it('image paths with `%` and `%20` resolve as browsers read them, never an internal error', async () => {
    const png = await import('node:fs/promises').then((fs) => fs.readFile(path.resolve(import.meta.dirname, '../../content/assets/logo.png')));
    const dir = await writeProject(await tempDir('masterplan-percent-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/assets/100%.png': png,
      'content/assets/foto kapal.png': png,
      'content/initiatives/smart-governance/a.md': initiative('A', '', '## Latar Belakang\n\n![Seratus](../../assets/100%.png)\n\n![Kapal](../../assets/foto%20kapal.png)\n\n![Rusak](../../assets/a%zz.png)\n\n## Tujuan\n\nTeks.\n'),
    });
    const result = await runCli(['check', '--format', 'json'], dir);
    const found = (JSON.parse(result.stdout) as { diagnostics: { line: number; rule: string }[] }).diagnostics.filter((d) => d.rule.startsWith('image') && d.rule !== 'image-resolution');
    expect(found).toEqual([expect.objectContaining({ line: 12, rule: 'image-missing' })]);
    expect(result.stderr).toBe('');
  });

  it('an OPD written with the city ("Dinas Kesehatan Kabupaten Bintan") is suggested its registry id', async () => {
    const dir = await writeProject(await tempDir('masterplan-opd-city-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/a.md': initiative('A').replace('opd: diskominfo', 'opd: Dinas Kesehatan Kabupaten Bintan'),
    });
    const found = (JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as { diagnostics: { rule: string; suggestion?: string }[] }).diagnostics.filter((d) => d.rule === 'opd-unknown');
    expect(found.map((d) => d.suggestion)).toEqual(['dinkes']);
  });

  it('a 24 KB line of `![` is checked without a pathological slowdown (normally well under a second)', async () => {
    const dir = await writeProject(await tempDir('masterplan-bang-'), {
      'content/book.yml': SMALL_BOOK_YML,
      'content/initiatives/a.md': initiative('A', '', `## Latar Belakang\n\n${'!['.repeat(12_000)}\n\n## Tujuan\n\nTeks.\n`),
    });
    const started = Date.now();
    const result = await runCli(['check'], dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(0);
  });

  it('more files than the process may open at once are all read (a bounded reader, not "unreadable")', async () => {
    const { execFileSync } = await import('node:child_process');
    const files: Record<string, string> = { 'content/book.yml': `${SMALL_BOOK_YML}rules:\n  severity: { no-quick-win: off, duplicate-title: off }\n` };
    for (let n = 0; n < 600; n++) files[`content/initiatives/i-${n}.md`] = initiative(`Inisiatif ${n}`);
    const dir = await writeProject(await tempDir('masterplan-fds-'), files);
    const bin = path.resolve(import.meta.dirname, '../../bin/masterplan.js');
    const out = execFileSync('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" "${bin}" check --format json`], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(out) as { files: number; errors: number };
    expect(report).toMatchObject({ files: 601, errors: 0 });
  });
});
