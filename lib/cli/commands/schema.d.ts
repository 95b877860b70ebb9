import { Command } from 'commander';
import type { Io } from '../../io/io.ts';
/** `masterplan schema [--book] [--out <file>]`: the JSON Schema for editors, generated from the zod schemas. */
export declare function schemaCommand(io: Io, done: (code: number) => void): Command;
