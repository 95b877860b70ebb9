import { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** `masterplan build`: check, then write the PDF and HTML editions atomically. */
export declare function buildCommand(io: Io, done: (code: number) => void): Command;
