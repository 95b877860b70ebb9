import type { YamlSource } from '../diagnostics/yaml-position.ts';
import { type Dimension } from '../domain/dimensions.ts';
import { BookFile } from '../schema/book.ts';
import { DimensionIndex } from './dimension-index.ts';
import { OpdRegistry } from './opd-registry.ts';
/** book.yml after validation, with its registries ready to resolve names. */
export interface BookConfig {
    settings: BookFile;
    /** Display path of book.yml. */
    file: string;
    dimensions: Dimension[];
    index: DimensionIndex;
    registry: OpdRegistry;
    /** False when the book's own identity (city, title, period) is missing and stand-ins fill it. */
    placed: boolean;
    /** False when the period cannot be trusted (missing, or ending before it starts): years are not checked against it. */
    valid: boolean;
}
/** The keys of book.yml without which there is no book to print. */
export declare const BOOK_IDENTITY_KEYS: readonly ["city", "title", "period"];
/** Example values for book.yml keys whose initiative examples would mislead. */
export declare const BOOK_EXAMPLES: Readonly<Record<string, string>>;
/** Apply book.yml `dimensions:` overrides to the built-in dimensions. */
export declare function applyDimensionOverrides(overrides: BookFile['dimensions']): Dimension[];
/** A stand-in configuration built from whatever parts of a book.yml without a sound identity are usable. */
export declare function salvage(data: unknown): BookFile;
/** The configuration of a book from its validated settings. */
export declare function configFrom(settings: BookFile, file: string, placed: boolean): BookConfig;
/** book.yml as the rules on the configuration see it. */
export interface ConfigSubject {
    file: string;
    yaml: YamlSource;
    /** The data as written, before invalid parts were left out (positions follow it). */
    data: unknown;
    config: BookConfig;
    /** Every rule id, and those of the rules whose severity cannot be changed. */
    ruleIds: ReadonlySet<string>;
    fatalRuleIds: ReadonlySet<string>;
}
