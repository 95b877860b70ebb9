import type { BookConfig } from '../config/book-config.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import { type YamlSource } from '../diagnostics/yaml-position.ts';
import type { Dimension, Labelled } from '../domain/dimensions.ts';
import { type InitiativeId } from '../domain/ids.ts';
import type { Initiative, Opd } from '../model/book.ts';
import { InitiativeFrontmatter } from '../schema/initiative.ts';
import type { ParsedFile } from './parsed.ts';
import { type Checked } from './schema-issues.ts';
/** The keys without which an initiative cannot be placed in the book. */
export declare const INITIATIVE_IDENTITY_KEYS: readonly ["title", "dimension", "opd"];
/** A name written in a file and what it resolved to: the thing itself, or what was probably meant. */
export interface NameRef<T> {
    written: string;
    /** Where it is written, as a YAML path. */
    path: readonly PropertyKey[];
    found?: T;
    meant?: string;
}
/** An initiative file after its schema and name lookups, before it is placed: what the initiative rules see. */
export interface InitiativeDraft {
    file: string;
    yaml: YamlSource;
    parsed: ParsedFile;
    config: BookConfig;
    id: InitiativeId & {
        position: Position;
        written?: unknown;
    };
    dimension?: NameRef<Dimension>;
    element?: NameRef<Labelled> & {
        dimension: Dimension;
        elsewhere?: Dimension;
    };
    /** The lead OPD, then the supporting ones. */
    opds: NameRef<Opd>[];
    /** Years as written, when they are whole numbers in a plausible range. */
    years: {
        start_year?: number;
        end_year?: number;
    };
    /** The years of a budget written per year. */
    budgetYears: number[];
    schema: Checked<InitiativeFrontmatter>;
}
/** Read an initiative file's frontmatter: schema, id, names and years, with what each resolved to. */
export declare function draftInitiative(parsed: ParsedFile, config: BookConfig): InitiativeDraft | undefined;
/**
 * The initiative a draft describes, or undefined when it cannot be placed (no valid
 * title, dimension or lead OPD: the fatal rules have said why). Parts the rules found
 * wrong are left out or printed as written, so what the check lets through is printed.
 */
export declare function placeInitiative(draft: InitiativeDraft): Initiative | undefined;
/** What cross-file rules need to know of an initiative file, placed in the book or not. */
export interface InitiativeRef {
    id: string;
    title?: string;
    file: string;
    idPosition: Position;
    titlePosition: Position;
}
/** The id and title of an initiative file as the book reads them, for duplicate checks across the book. */
export declare function referenceOf(draft: InitiativeDraft): InitiativeRef;
/** Initiative files grouped by a key (id, title…), only groups of two or more. */
export declare function duplicates(refs: readonly InitiativeRef[], key: (ref: InitiativeRef) => string | undefined): InitiativeRef[][];
