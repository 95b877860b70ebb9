import type { z } from 'zod';
import { type YamlSource } from '../diagnostics/yaml-position.ts';
/** A problem zod found in a file's YAML. */
export type Issue = z.core.$ZodIssue;
/** The YAML of one file checked against its schema, as the schema rules see it. */
export interface SchemaSubject {
    file: string;
    yaml: YamlSource;
    data: unknown;
    schema: z.ZodType;
    /** The issues to report in this run. */
    issues: readonly Issue[];
    /** Every issue of the file: a rule may need the others not to say one thing twice. */
    all: readonly Issue[];
    /** Example values for keys of this file's schema, over the shared ones. */
    examples?: Readonly<Record<string, string>>;
}
/** A file's YAML after its schema: the usable value and the issues, split by what they cost. */
export interface Checked<T> {
    /** The value with every invalid part left out; undefined when the file cannot be placed. */
    value?: T;
    /** Issues on the keys that place the file (title, dimension, opd…): always errors. */
    identity: SchemaSubject;
    /** Issues on everything else: the value leaves those parts out. */
    rest: SchemaSubject;
}
/**
 * The data with every part zod rejects left out, parsed: a wrong optional value goes, a
 * wrong list item goes, an unknown key goes. Undefined when what is left still fails,
 * which happens when a required key is missing or wrong.
 */
export declare function prune<T>(schema: z.ZodType<T>, data: unknown): T | undefined;
/** Check a file's YAML against its schema; `identityKeys` are the keys without which it cannot be placed. */
export declare function checkSchema<T>(schema: z.ZodType<T>, data: unknown, identityKeys: readonly string[], base: {
    file: string;
    yaml: YamlSource;
    examples?: Readonly<Record<string, string>>;
}): Checked<T>;
/** Paths of missing keys that an unknown key of the file probably meant (`judul` for `title`): said once, as the unknown key. */
export declare function meantPaths(subject: SchemaSubject): Set<string>;
/** Whether the issue is about a key that is not written at all. */
export declare function isMissing(subject: SchemaSubject, path: readonly PropertyKey[]): boolean;
