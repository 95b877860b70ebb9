import { defineRule } from './rule.ts';

/** A value outside a fixed list of choices (horizon, status, funding, paper…). */
export const invalidValue = defineRule<{ key: string; found: string; allowed: string; meant?: string }>({
  id: 'invalid-value',
  severity: 'error',
  description: 'A value is not one of the allowed choices (horizon, status, funding, paper, locale…).',
  message: {
    id: (p) =>
      `Nilai \`${p.found}\` untuk \`${p.key}\` tidak dikenal. Pilihan yang sah: ${p.allowed}.` +
      (p.meant ? ` Maksud Anda \`${p.meant}\`?` : ''),
    en: (p) =>
      `\`${p.found}\` is not a valid \`${p.key}\`. Allowed: ${p.allowed}.` + (p.meant ? ` Did you mean \`${p.meant}\`?` : ''),
  },
});
