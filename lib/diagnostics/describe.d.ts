import type { Lang } from '../i18n/lang.ts';
/** The kind of a value in words ("teks", "angka"…); `asExpected` adds how to write it. */
export declare function kindName(kind: string, lang: Lang, asExpected?: boolean): string;
/** The kind of a JavaScript value as a schema names it. */
export declare function kindOf(value: unknown): string;
/** A short printable form of a found value. */
export declare function showValue(value: unknown): string;
/** A key path for people: `kpi #1 › target`. Lists count from 1. */
export declare function showPath(path: readonly PropertyKey[]): string;
/** Read a value at a path of plain data. */
export declare function valueAt(data: unknown, path: readonly PropertyKey[]): unknown;
