import { defineRule } from './rule.ts';

/** A key the schema requires is missing. */
export const requiredKey = defineRule<{ key: string; line: string }>({
  id: 'required-key',
  severity: 'error',
  description: 'A required key (title, dimension, opd; city, title, period in book.yml) is missing.',
  message: {
    id: (p) => `Kunci wajib \`${p.key}\` tidak ada. Tambahkan baris \`${p.line}\`.`,
    en: (p) => `Required key \`${p.key}\` is missing. Add a line \`${p.line}\`.`,
  },
});
