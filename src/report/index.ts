import type { Formatter } from './format.ts';
import { github } from './github.ts';
import { gitlab } from './gitlab.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';

/** Formatters by the name `--format` takes. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, github, sarif, junit, gitlab };

export type { Formatter, ReportContext, ReportInput } from './format.ts';
