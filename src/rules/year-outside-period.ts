import { defineRule } from './rule.ts';

/** A year outside the masterplan's period. */
export const yearOutsidePeriod = defineRule<{ key: string; year: number; start: number; end: number }>({
  id: 'year-outside-period',
  severity: 'error',
  description: "A year lies outside the book's period.",
  message: {
    id: (p) => `Tahun ${p.year} di \`${p.key}\` berada di luar periode masterplan ${p.start}–${p.end}. Gunakan tahun ${p.start} sampai ${p.end}.`,
    en: (p) => `The year ${p.year} in \`${p.key}\` is outside the masterplan period ${p.start}–${p.end}. Use a year from ${p.start} to ${p.end}.`,
  },
});
