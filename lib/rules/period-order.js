import { defineRule } from "./rule.js";
/** A period or an initiative whose end year comes before its start year. */
export const periodOrder = defineRule({
    id: 'period-order',
    severity: 'error',
    description: 'An end year comes before its start year.',
    message: {
        id: (p) => `\`${p.endKey}\` (${p.end}) lebih awal dari \`${p.startKey}\` (${p.start}). Tahun akhir harus sama dengan atau setelah tahun mulai.`,
        en: (p) => `\`${p.endKey}\` (${p.end}) is before \`${p.startKey}\` (${p.start}). The end year must be the same as or after the start year.`,
    },
    checks: {
        config: ({ config }, { report }) => {
            const { start, end } = config.settings.period;
            if (config.placed && end < start)
                report({ startKey: 'period.start', endKey: 'period.end', start, end }, { path: ['period', 'end'] });
        },
        initiative: ({ years }, { report }) => {
            const { start_year: start, end_year: end } = years;
            if (start !== undefined && end !== undefined && end < start)
                report({ startKey: 'start_year', endKey: 'end_year', start, end }, { path: ['end_year'] });
        },
    },
});
