import type { BookContext } from './context.ts';
/** Lembar Pengesahan: the book named, the regulation that adopts it, and its signers. */
export declare function drawApproval(bc: BookContext): void;
