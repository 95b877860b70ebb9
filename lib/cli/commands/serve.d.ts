import { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** The port `serve` tries first (the next free one is taken when it is busy). */
export declare const DEFAULT_PORT = 4321;
/** `masterplan serve`: preview the HTML edition on 127.0.0.1 and reload it on every change. */
export declare function serveCommand(io: Io, done: (code: number) => void): Command;
