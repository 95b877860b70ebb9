import type { Readable, Writable } from 'node:stream';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import { type NewContext, type NewInitiative, type OpdChoice } from './answers.ts';
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
export declare const CANCELLED: unique symbol;
/** Ask on the terminal for every answer the flags did not give; CANCELLED on Ctrl-C or Esc. */
export declare function askInitiative(ctx: NewContext, io: PromptStreams, preset: Preset): Promise<NewInitiative | typeof CANCELLED>;
