import { Command } from 'commander';
import { type SessionOptions } from '../../watch/session.ts';
import type { Io } from '../../io/io.ts';
/**
 * Run a rebuild session (shared by `watch` and `serve`) until `io.signal` aborts, or
 * until Ctrl-C when no signal was given.
 */
export declare function runUntilStopped(io: Io, options: Omit<SessionOptions, 'io' | 'signal'>): Promise<void>;
/** `masterplan watch`: rebuild the book whenever a file under the content folder changes. */
export declare function watchCommand(io: Io, done: (code: number) => void): Command;
