import { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** `masterplan new`: scaffold an initiative that passes the check; prompts on a terminal, flags otherwise. */
export declare function newCommand(io: Io, done: (code: number) => void): Command;
