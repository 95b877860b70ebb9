import type { z } from 'zod';
/** The keys an object schema allows at a path. */
export declare function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[];
/** Whether the list at a path holds plain values (text, choices), so `x` can be fixed as `[x]`. */
export declare function listOfPlainValues(schema: z.ZodType, path: readonly PropertyKey[]): boolean;
