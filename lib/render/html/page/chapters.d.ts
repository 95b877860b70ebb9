import type { Element } from 'hast';
import type { Chapter, Signer, SignatureBlock } from '../../../model/book.ts';
import type { RenderContext } from '../context.ts';
/** A chapter's h2: its BAB label when it is numbered, its title, a permalink. */
export declare function chapterHeading(anchor: string, title: string, label: string | undefined, ctx: RenderContext): Element;
/** A signature block, right-aligned: place and date, role, room to sign, the name, the NIP. */
export declare function signatureBlock(s: SignatureBlock | (Signer & {
    placeDate?: string;
}), label?: string): Element;
/** A front or back chapter: h2 title (with "BAB I" when numbered), body headings from h3, its signature block. */
export declare function plainChapter(chapter: Chapter, kind: 'front' | 'back', ctx: RenderContext): Promise<Element>;
/** The Lembar Pengesahan: statement, the regulation that adopts the book, place and date, its signers in a grid. */
export declare function approvalChapter(ctx: RenderContext): Element | undefined;
