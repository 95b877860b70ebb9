/** The amounts of the five-year budget table, each printed at least three times. */
export const BUDGET_NUMBERS = ['1.250.000.000', '1.375.500.000', '2.000.000.000', '12.500.000', '6.388.000.000'];

/** The most common table of a masterplan: Kegiatan, OPD, 2017 … 2021, Jumlah, with long words and long numbers. */
export function budgetTable(): string {
  const row = (activity: string, opd: string) => `| ${activity} | ${opd} | 1.250.000.000 | 1.375.500.000 | 2.000.000.000 | 12.500.000 | 1.250.000.000 | 6.388.000.000 |`;
  return [
    '| Kegiatan | OPD | 2017 | 2018 | 2019 | 2020 | 2021 | Jumlah |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    row('Pengembangan kewirausahaan masyarakat pesisir', 'DKUKMPP'),
    row('Penyelenggaraan pelatihan kewirausahaan', 'Disnaker'),
    row('Pemberdayaan koperasi', 'DKUKMPP'),
  ].join('\n');
}
