import { defineRule } from './rule.ts';

/** A text value in the wrong shape: an id with capitals or spaces, a date not written YYYY-MM-DD. */
export const invalidFormat = defineRule<{ key: string; found: string; expected: string }>({
  id: 'invalid-format',
  severity: 'error',
  description: 'A text value has the wrong shape (ids in lower case with dashes, dates as YYYY-MM-DD).',
  message: {
    id: (p) => `Nilai \`${p.found}\` untuk \`${p.key}\` tidak sesuai format: ${p.expected}.`,
    en: (p) => `\`${p.found}\` is not a valid \`${p.key}\`: ${p.expected}.`,
  },
});
