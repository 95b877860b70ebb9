import type { DimensionIndex } from '../config/dimension-index.ts';
import type { OpdRegistry } from '../config/opd-registry.ts';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import type { Lang } from '../i18n/lang.ts';
/** What `new` needs to know about the book to check answers. */
export interface NewContext {
    lang: Lang;
    dimensions: readonly Dimension[];
    index: DimensionIndex;
    registry: OpdRegistry;
    /** Ids already used by initiatives, each with the file that uses it. */
    taken: ReadonlyMap<string, string>;
    /** Display path of book.yml, named when an agency is missing from its registry. */
    bookFile: string;
}
/** An answer that was accepted, or the message saying why not; `conflict` when the book already has it. */
export type Checked<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    message: string;
    conflict?: boolean;
};
/** An agency as `new` writes it: the registry id, or the name as typed when the registry is empty. */
export interface OpdChoice {
    written: string;
    name: string;
}
/** Every answer of `new`, checked and resolved to canonical ids. */
export interface NewInitiative {
    id: string;
    title: string;
    dimension: Dimension;
    element?: Labelled;
    opd: OpdChoice;
    supporting: OpdChoice[];
    quickWin: boolean;
}
/** A dimension from any spelling check accepts ("Smart Governance", "governance"). */
export declare function checkDimension(ctx: NewContext, name: string): Checked<Dimension>;
/** An element of the dimension, by id or by name in either language. */
export declare function checkElement(ctx: NewContext, dimension: Dimension, name: string): Checked<Labelled>;
/** An agency by registry id, short name, full name or alias. */
export declare function checkOpd(ctx: NewContext, name: string): Checked<OpdChoice>;
/**
 * Supporting agencies from repeated flags; a value that is not one agency is split at
 * commas and semicolons (some registry names contain a comma, so whole names win).
 */
export declare function checkSupporting(ctx: NewContext, values: readonly string[], lead?: OpdChoice): Checked<OpdChoice[]>;
/** An id that is well formed and not used anywhere in the book. */
export declare function checkId(ctx: NewContext, id: string): Checked<string>;
/** The id for a title: `--id` when given, else the title's slug. */
export declare function idFor(ctx: NewContext, title: string, explicit?: string): Checked<string>;
/** Where the new file goes, relative to the content folder. */
export declare function initiativePath(initiative: Pick<NewInitiative, 'id' | 'dimension'>): string;
