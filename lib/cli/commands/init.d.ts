import { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** `masterplan init [dir]`: a new book project with book.yml, a front chapter, an initiative and a CI workflow. */
export declare function initCommand(io: Io, done: (code: number) => void): Command;
