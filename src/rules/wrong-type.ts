import { defineRule } from './rule.ts';

/** A value has the wrong kind (text where a number is expected, and so on). */
export const wrongType = defineRule<{ key: string; found: string; expected: string; hint: string }>({
  id: 'wrong-type',
  severity: 'error',
  description: 'A value is of the wrong kind, e.g. text where a number or true/false is expected.',
  message: {
    id: (p) => `Nilai \`${p.key}\` adalah ${p.found}, seharusnya ${p.expected}.${p.hint ? ` ${p.hint}` : ''}`,
    en: (p) => `\`${p.key}\` is ${p.found}; expected ${p.expected}.${p.hint ? ` ${p.hint}` : ''}`,
  },
});
