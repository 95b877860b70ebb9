import { access } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { checkDimension, checkElement, checkOpd, checkSupporting, idFor, initiativePath, oneLine, type Checked, type NewInitiative } from '../../scaffold/answers.ts';
import type { Preset, PromptStreams } from '../../scaffold/ask.ts';
import type { BookContext } from '../../scaffold/book-context.ts';
import { scaffoldMessages } from '../../scaffold/messages.ts';
import { FileExistsError, writeExclusive } from '../../scaffold/write-exclusive.ts';
import type { Io } from '../../io/io.ts';
import { requestedLang, withCommonOptions, type CommonOptions } from '../options.ts';

interface NewOptions extends CommonOptions {
  title?: string;
  dimension?: string;
  element?: string;
  opd?: string;
  supportingOpd: string[];
  quickWin?: boolean;
  id?: string;
  yes?: boolean;
}

/** A rejected flag is a usage problem (exit 2); a taken id is a conflict with the book (exit 1). */
class Conflict extends Error {}

function accept<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new UsageError(checked.message);
  return checked.value;
}

/** Check every flag that was given against the book, so wrong ones fail before any question. */
function presetFrom(ctx: BookContext, options: NewOptions): Preset {
  const preset: Preset = {};
  if (options.title !== undefined) {
    options.title = oneLine(options.title);
    const id = idFor(ctx, options.title, options.id);
    if (!id.ok) throw id.conflict ? new Conflict(id.message) : new UsageError(id.message);
    preset.title = options.title.trim();
  }
  if (options.id !== undefined) preset.id = options.id.trim();
  if (options.dimension !== undefined) preset.dimension = accept(checkDimension(ctx, options.dimension));
  if (options.element !== undefined) {
    if (!preset.dimension) throw new UsageError(scaffoldMessages(ctx.lang).noTerminal(['--dimension']));
    preset.element = options.element.trim() === '' ? null : accept(checkElement(ctx, preset.dimension, options.element));
  }
  if (options.opd !== undefined) preset.opd = accept(checkOpd(ctx, options.opd));
  if (options.supportingOpd.length > 0) preset.supporting = accept(checkSupporting(ctx, options.supportingOpd, preset.opd));
  if (options.quickWin !== undefined) preset.quickWin = options.quickWin;
  return preset;
}

/** Without a terminal every required answer must come from a flag. */
function fromFlags(ctx: BookContext, preset: Preset): NewInitiative {
  const missing = [['--title', preset.title], ['--dimension', preset.dimension], ['--opd', preset.opd]].filter(([, v]) => v === undefined).map(([k]) => String(k));
  if (missing.length > 0 || !preset.title || !preset.dimension || !preset.opd) throw new UsageError(scaffoldMessages(ctx.lang).noTerminal(missing));
  const id = accept(idFor(ctx, preset.title, preset.id));
  const element = preset.element ?? undefined;
  return { id, title: preset.title, dimension: preset.dimension, ...(element ? { element } : {}), opd: preset.opd, supporting: preset.supporting ?? [], quickWin: preset.quickWin ?? false };
}

/** The terminal the prompts draw on: stdin and a stream over io.stdout. */
function terminal(io: Io): PromptStreams | undefined {
  if (!io.stdin?.isTTY || !io.stdout.isTTY) return undefined;
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      io.stdout.write(chunk.toString());
      callback();
    },
  });
  return { input: io.stdin, output: Object.assign(output, { isTTY: true, columns: io.stdout.columns ?? 80 }) };
}

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

function checkCommandLine(cwd: string, content: string): string {
  return path.resolve(cwd, content) === path.resolve(cwd, 'content') ? 'npx masterplan check' : `npx masterplan check --content ${content}`;
}

async function create(io: Io, ctx: BookContext, initiative: NewInitiative, content: string): Promise<number> {
  const t = scaffoldMessages(ctx.lang);
  const file = path.join(ctx.contentDir, initiativePath(initiative));
  const shown = path.relative(io.cwd, file).split(path.sep).join('/');
  if (await exists(file)) throw new Conflict(t.fileExists(shown));
  const sections = ctx.settings.rules?.required_sections ?? [];
  const { renderInitiative } = await import('../../scaffold/initiative-file.ts');
  const text = renderInitiative(initiative, { lang: ctx.lang, sections, period: ctx.settings.period });
  try {
    await writeExclusive(file, text);
  } catch (error) {
    if (error instanceof FileExistsError) throw new Conflict(t.fileExists(shown));
    throw error;
  }
  io.stdout.write(`${t.created(shown)}\n${t.nextStep(checkCommandLine(io.cwd, content))}\n`);
  return 0;
}

/** `masterplan new`: scaffold an initiative that passes the check; prompts on a terminal, flags otherwise. */
export function newCommand(io: Io, done: (code: number) => void): Command {
  return withCommonOptions(new Command('new'))
    .description('buat berkas inisiatif baru / scaffold a new initiative file')
    .option('--title <text>', 'judul inisiatif / title')
    .option('--dimension <name>', 'dimensi, mis. smart-governance / dimension')
    .option('--element <name>', 'elemen dimensi / element of the dimension')
    .option('--opd <name>', 'OPD pelaksana / lead agency')
    .option('--supporting-opd <names>', 'OPD pendukung (boleh diulang, pisah koma) / supporting agencies (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('--quick-win', 'tandai sebagai quick win / mark as quick win')
    .option('--no-quick-win', 'bukan quick win / not a quick win')
    .option('--id <id>', 'id dan nama berkas (bawaan: dari judul) / id and file name (default: from the title)')
    .option('-y, --yes', 'jangan bertanya; pakai flag dan nilai bawaan / ask nothing: flags and defaults')
    .action(async (options: NewOptions) => {
      const lang = requestedLang(options);
      // The book's context and the prompts load here, so other commands start without them.
      const [{ loadBookContext }, { askInitiative, CANCELLED }] = await Promise.all([import('../../scaffold/book-context.ts'), import('../../scaffold/ask.ts')]);
      const ctx = await loadBookContext({ cwd: io.cwd, content: options.content, ...(lang ? { lang } : {}) });
      const t = scaffoldMessages(ctx.lang);
      try {
        const preset = presetFrom(ctx, options);
        const streams = options.yes ? undefined : terminal(io);
        const initiative = streams ? await askInitiative(ctx, streams, preset) : fromFlags(ctx, preset);
        if (initiative === CANCELLED || typeof initiative === 'symbol') {
          io.stderr.write(`${t.cancelled}\n`);
          return done(2);
        }
        done(await create(io, ctx, initiative, options.content));
      } catch (error) {
        if (!(error instanceof Conflict)) throw error;
        io.stderr.write(`${error.message}\n`);
        done(1);
      }
    });
}
