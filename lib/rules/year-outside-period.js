import { defineRule } from "./rule.js";
/** A year outside the masterplan's period. */
export const yearOutsidePeriod = defineRule({
    id: 'year-outside-period',
    severity: 'error',
    description: "A year lies outside the book's period (or a budget year outside the initiative's own years).",
    message: {
        id: (p) => p.own
            ? `Tahun anggaran ${p.year} di \`${p.key}\` berada di luar tahun pelaksanaan inisiatif ${p.start}–${p.end}. Ubah tahunnya atau \`start_year\`/\`end_year\`.`
            : `Tahun ${p.year} di \`${p.key}\` berada di luar periode masterplan ${p.start}–${p.end}. Gunakan tahun ${p.start} sampai ${p.end}.`,
        en: (p) => p.own
            ? `The budget year ${p.year} in \`${p.key}\` is outside the initiative's years ${p.start}–${p.end}. Change the year or \`start_year\`/\`end_year\`.`
            : `The year ${p.year} in \`${p.key}\` is outside the masterplan period ${p.start}–${p.end}. Use a year from ${p.start} to ${p.end}.`,
    },
    checks: {
        initiative: ({ years, budgetYears, config }, { report }) => {
            // A period that is itself wrong would make every year look wrong: book.yml is reported instead.
            if (!config.valid)
                return;
            const { start, end } = config.settings.period;
            for (const key of ['start_year', 'end_year']) {
                const year = years[key];
                if (year !== undefined && (year < start || year > end))
                    report({ key, year, start, end }, { path: [key] });
            }
            // A budget per year: each year inside the period, and inside the initiative's own years when it gives them.
            const from = years.start_year ?? years.end_year;
            const to = years.end_year ?? years.start_year;
            for (const year of budgetYears) {
                const key = `budget › ${year}`;
                const at = { path: ['budget', String(year)], key: true };
                if (year < start || year > end)
                    report({ key, year, start, end }, at);
                else if (from !== undefined && to !== undefined && (year < Math.min(from, to) || year > Math.max(from, to)))
                    report({ key, year, start: from, end: to, own: true }, at);
            }
        },
    },
});
