import type { Formatter } from './format.ts';
/**
 * JUnit XML: a test suite per file with problems and a test case per diagnostic, plus one
 * passing test case standing for the files without problems (the results name only those
 * with problems), so that a clean run still shows a passed test.
 */
export declare const junit: Formatter;
