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
  checks: {
    initiative: ({ years, config }, { report }) => {
      // A period that is itself wrong would make every year look wrong: book.yml is reported instead.
      if (!config.valid) return;
      const { start, end } = config.settings.period;
      for (const key of ['start_year', 'end_year'] as const) {
        const year = years[key];
        if (year !== undefined && (year < start || year > end)) report({ key, year, start, end }, { path: [key] });
      }
    },
  },
});
