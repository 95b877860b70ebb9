import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { write } from '../../pipeline/write.ts';
import { scaffoldMessages } from '../../scaffold/messages.ts';
import { CI_CHOICES, CI_SYSTEMS, isCiSystem, type CiSystem } from '../../scaffold/ci.ts';
import { scaffoldProject, type ProjectVars } from '../../scaffold/project.ts';
import { ownSource } from '../../scaffold/source.ts';
import { ownVersion, readScaffold } from '../../scaffold/templates.ts';
import type { Io } from '../../io/io.ts';
import { requestedLang } from '../options.ts';

interface InitOptions {
  lang?: string;
  ci: string;
  force?: boolean;
  city: string;
  period?: string;
}

/** Files that do not make a folder "non-empty": a fresh `git init` is a fine place for a book. */
const IGNORED = new Set(['.git']);

/** Today, or the day of SOURCE_DATE_EPOCH so scripted runs give the same files. */
function today(env: Io['env']): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

function projectVars(options: InitOptions, env: Io['env'], version: string, dependency: string, ci: CiSystem): ProjectVars {
  const now = today(env);
  const year = now.getUTCFullYear();
  const match = options.period?.match(/^(\d{4})\s*[-–/]\s*(\d{4})$/);
  if (options.period !== undefined && (!match || Number(match[2]) < Number(match[1]))) {
    throw new UsageError(`--period ${options.period}: tulis seperti 2025-2029 / write it like 2025-2029`);
  }
  const start = match ? Number(match[1]) : year;
  const end = match ? Number(match[2]) : year + 4;
  return { city: options.city.trim() || 'Kota Contoh', start, end, date: now.toISOString().slice(0, 10), version, dependency, ci: CI_CHOICES[ci] };
}

/** A missing folder or one holding nothing but ignored entries. */
async function isEmpty(dir: string): Promise<boolean | 'file'> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return true;
  if (!info.isDirectory()) return 'file';
  return (await readdir(dir)).every((name) => IGNORED.has(name));
}

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

/** `masterplan init [dir]`: a new book project with book.yml, a front chapter, an initiative and a CI workflow. */
export function initCommand(io: Io, done: (code: number) => void): Command {
  return new Command('init')
    .description('buat proyek buku baru / start a new book project')
    .argument('[dir]', 'folder tujuan / target folder', '.')
    .option('--city <name>', 'nama kota atau kabupaten / city name', 'Kota Contoh')
    .option('--period <start-end>', 'periode masterplan, mis. 2025-2029 / period')
    .option('--force', 'tulis juga ke folder yang tidak kosong (berkas yang ada tidak ditimpa) / write into a non-empty folder, keeping existing files')
    .option('--ci <system>', `pemeriksaan otomatis / CI pipeline: ${CI_SYSTEMS.join(', ')}`, 'github')
    .option('--lang <id|en>', 'bahasa pesan / language of messages')
    .action(async (dir: string, options: InitOptions) => {
      const lang = requestedLang({ content: 'content', ...(options.lang !== undefined ? { lang: options.lang } : {}) }) ?? 'id';
      const t = scaffoldMessages(lang);
      const target = path.resolve(io.cwd, dir);
      const shown = path.relative(io.cwd, target).split(path.sep).join('/') || '.';
      const empty = await isEmpty(target);
      if (empty === 'file') throw new UsageError(t.notAFolder(shown));
      if (!empty && !options.force) throw new UsageError(t.notEmpty(shown));
      const ci = options.ci.trim().toLowerCase();
      if (!isCiSystem(ci)) throw new UsageError(t.badCi(options.ci));
      const source = ownSource(target);
      const files = scaffoldProject(await readScaffold(ci), projectVars(options, io.env, await ownVersion(), source.spec, ci));
      const fresh = [];
      for (const file of files) {
        if (await exists(path.join(target, file.name))) io.stderr.write(`${t.skipped(path.posix.join(shown, file.name))}\n`);
        else fresh.push(file);
      }
      await write(target, fresh);
      io.stdout.write(`${t.initDone(shown)}\n`);
      for (const file of fresh) io.stdout.write(`  ${path.posix.join(shown, file.name)}\n`);
      io.stdout.write(`${t.dependency(source.spec, source.kind)}\n`);
      io.stdout.write(`${t.initNext(shown === '.' ? '' : `  cd ${shown}\n`)}\n`);
      done(0);
    });
}
