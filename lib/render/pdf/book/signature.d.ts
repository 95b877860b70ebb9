import type { SignatureBlock } from '../../../model/book.ts';
import type { Box } from '../flow/box.ts';
import type { BookContext } from './context.ts';
/**
 * A signature block closing a chapter, right-aligned: place and date, role, room to sign,
 * the name underlined, the NIP. Every box keeps with the next, so the block never breaks.
 */
export declare function signatureBoxes(bc: BookContext, s: SignatureBlock): Box[];
