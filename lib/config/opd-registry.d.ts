import type { Opd } from '../model/book.ts';
import type { OpdEntry } from '../schema/book.ts';
/** A registry-like id for a free-form name: it becomes an anchor and a stats key. */
export declare function slugId(name: string): string;
/** What a name written in a file turned out to be: the agency, or the registry id it probably meant. */
export interface OpdLookup {
    found?: Opd;
    meant?: string;
}
/** The book's OPD registry: resolves ids, short names, full names and aliases in any case. */
export declare class OpdRegistry {
    readonly entries: readonly OpdEntry[];
    private readonly byKey;
    constructor(entries: readonly OpdEntry[]);
    /** With an empty registry any name is accepted as written. */
    get open(): boolean;
    /** The agency a name refers to, or undefined. With an open registry, a made-up entry. */
    resolve(name: string): Opd | undefined;
    /** The agency, or else the registry id closest to a misspelt name. */
    lookup(name: string): OpdLookup;
    /** An agency outside the registry, printed as written. */
    asWritten(name: string): Opd;
    /** The registry id closest to a misspelt name. */
    suggest(name: string): string | undefined;
}
