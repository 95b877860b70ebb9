/** The names `diff --format` takes, known without loading a formatter. */
export const DIFF_FORMAT_NAMES = ['stylish', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMAT_NAMES)[number];
