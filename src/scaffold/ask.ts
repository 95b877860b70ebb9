import { autocomplete, autocompleteMultiselect, confirm, intro, select, text } from '@clack/prompts';
import type { Readable, Writable } from 'node:stream';
import { looseKey } from '../diagnostics/suggest.ts';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import { checkOpd, checkSupporting, idFor, oneLine, type NewContext, type NewInitiative, type OpdChoice } from './answers.ts';
import { scaffoldMessages } from './messages.ts';
import { hintTranslator } from './prompt-words.ts';

/** The terminal the questions are asked on. */
export interface PromptStreams {
  input: Readable;
  output: Writable;
}

/** Answers already given as flags; their questions are skipped. `element: null` means "none". */
export interface Preset {
  title?: string;
  id?: string;
  dimension?: Dimension;
  element?: Labelled | null;
  opd?: OpdChoice;
  supporting?: OpdChoice[];
  quickWin?: boolean;
}

/** Returned when the person pressed Ctrl-C or Esc. */
export const CANCELLED = Symbol('cancelled');

class Cancelled extends Error {}

function answered<T>(value: T | symbol): T {
  // The only symbol a prompt returns is its cancel marker (isCancel).
  if (typeof value === 'symbol') throw new Cancelled();
  return value;
}

function matches(search: string, names: readonly (string | undefined)[]): boolean {
  const needle = looseKey(search);
  return needle === '' || names.some((n) => n !== undefined && looseKey(n).includes(needle));
}

async function askOpd(ctx: NewContext, io: PromptStreams): Promise<OpdChoice> {
  const t = scaffoldMessages(ctx.lang);
  if (ctx.registry.open) {
    const name = answered<string>(await text({ ...io, message: t.askOpdFree, validate: (v) => ((v ?? '').trim() ? undefined : t.emptyTitle) }));
    return { written: name.trim(), name: name.trim() };
  }
  const entries = ctx.registry.entries;
  const id = answered<string>(
    await autocomplete({
      ...io,
      message: t.askOpd,
      placeholder: t.searchPlaceholder,
      maxItems: 8,
      options: entries.map((e) => ({ value: e.id, label: e.short ?? e.name, hint: e.name })),
      filter: (search, option) => matches(search, [option.value, ...namesOf(ctx, option.value)]),
      // Enter on a search that matches nothing must ask again, not go on without an OPD.
      validate: (value) => (typeof value === 'string' && checkOpd(ctx, value).ok ? undefined : t.pickOpd),
    }),
  );
  const opd = checkOpd(ctx, id);
  if (!opd.ok) throw new Error(opd.message);
  return opd.value;
}

function namesOf(ctx: NewContext, id: string): (string | undefined)[] {
  const entry = ctx.registry.entries.find((e) => e.id === id);
  return entry ? [entry.name, entry.short, ...(entry.aliases ?? [])] : [];
}

async function askSupporting(ctx: NewContext, io: PromptStreams, lead: OpdChoice): Promise<OpdChoice[]> {
  const t = scaffoldMessages(ctx.lang);
  if (ctx.registry.open) {
    const names = answered<string>(await text({ ...io, message: t.askSupportingFree, defaultValue: '' }));
    const checked = checkSupporting(ctx, [names], lead);
    return checked.ok ? checked.value : [];
  }
  const ids = answered<string[]>(
    await autocompleteMultiselect({
      ...io,
      message: t.askSupporting,
      placeholder: t.searchPlaceholder,
      maxItems: 8,
      options: ctx.registry.entries.filter((e) => e.id !== lead.written).map((e) => ({ value: e.id, label: e.short ?? e.name, hint: e.name })),
      filter: (search, option) => matches(search, [option.value, ...namesOf(ctx, option.value)]),
    }),
  );
  const checked = checkSupporting(ctx, ids, lead);
  return checked.ok ? checked.value : [];
}

async function askDimension(ctx: NewContext, io: PromptStreams): Promise<Dimension> {
  const t = scaffoldMessages(ctx.lang);
  const options = ctx.dimensions.map((d) => ({ value: d, label: d.name[ctx.lang], hint: d.elements.map((e) => e.name[ctx.lang]).join(', ') }));
  return answered<Dimension>(await select({ ...io, message: t.askDimension, options }));
}

async function askElement(ctx: NewContext, io: PromptStreams, dimension: Dimension): Promise<Labelled | undefined> {
  const t = scaffoldMessages(ctx.lang);
  const options = [...dimension.elements.map((e): { value: Labelled | null; label: string; hint?: string } => ({ value: e, label: e.name[ctx.lang], hint: e.id })), { value: null, label: t.noElement }];
  return answered<Labelled | null>(await select({ ...io, message: t.askElement, options })) ?? undefined;
}

async function askAll(ctx: NewContext, io: PromptStreams, preset: Preset): Promise<NewInitiative> {
  const t = scaffoldMessages(ctx.lang);
  intro(t.intro, io);
  const title =
    preset.title ??
    oneLine(
      answered<string>(
      await text({
        ...io,
        message: t.askTitle,
        placeholder: t.titlePlaceholder,
        validate: (v) => {
          const id = idFor(ctx, v ?? '', preset.id);
          return id.ok ? undefined : id.message;
        },
      }),
      ),
    );
  const id = idFor(ctx, title, preset.id);
  if (!id.ok) throw new Error(id.message);
  const dimension = preset.dimension ?? (await askDimension(ctx, io));
  const element = preset.element === undefined ? await askElement(ctx, io, dimension) : (preset.element ?? undefined);
  const opd = preset.opd ?? (await askOpd(ctx, io));
  const supporting = preset.supporting ?? (await askSupporting(ctx, io, opd));
  const quickWin = preset.quickWin ?? answered<boolean>(await confirm({ ...io, message: t.askQuickWin, active: t.yes, inactive: t.no, initialValue: false }));
  return { id: id.value, title, dimension, ...(element ? { element } : {}), opd, supporting, quickWin };
}

/** Ask on the terminal for every answer the flags did not give; CANCELLED on Ctrl-C or Esc. */
export async function askInitiative(ctx: NewContext, io: PromptStreams, preset: Preset): Promise<NewInitiative | typeof CANCELLED> {
  try {
    return await askAll(ctx, { input: io.input, output: hintTranslator(io.output, ctx.lang) }, preset);
  } catch (error) {
    if (error instanceof Cancelled) return CANCELLED;
    throw error;
  }
}
