import { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** `masterplan export`: the initiatives as a spreadsheet (csv, xlsx) or JSON, one row each. */
export declare function exportCommand(io: Io, done: (code: number) => void): Command;
