import { defineRule } from './rule.ts';

/** A number or text outside its allowed range: negative budget, empty title, year 20190. */
export const outOfRange = defineRule<{ key: string; found: string; expected: string }>({
  id: 'out-of-range',
  severity: 'error',
  description: 'A value is outside its range: a negative budget, an empty text, an impossible year.',
  message: {
    id: (p) => `Nilai \`${p.key}\` (${p.found}) di luar batas: ${p.expected}.`,
    en: (p) => `\`${p.key}\` (${p.found}) is out of range: ${p.expected}.`,
  },
});
