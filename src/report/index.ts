import type { Formatter } from './format.ts';
import { json } from './json.ts';
import { stylish } from './stylish.ts';

/** Formatters by the name `--format` takes. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json };

export type { Formatter, ReportContext, ReportInput } from './format.ts';
