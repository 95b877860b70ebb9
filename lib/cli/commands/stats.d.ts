import { Command } from 'commander';
import { type LoadResult } from '../../app/load-book.ts';
import type { Io } from '../../io/io.ts';
/** The check command to suggest, with `--content` when the book is elsewhere. */
export declare function checkHint(io: Io, content: string): string;
/**
 * A book with errors: say so on stderr (the output itself stays clean for pipes), with how
 * many files could not be placed and so are not counted, and return exit code 1.
 */
export declare function reportPartial(io: Io, result: LoadResult, content: string): number;
/** `masterplan stats`: initiatives and quick wins per dimension, element and OPD; who has not contributed yet. */
export declare function statsCommand(io: Io, done: (code: number) => void): Command;
