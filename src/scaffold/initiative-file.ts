import { stringify } from 'yaml';
import { looseKey } from '../diagnostics/suggest.ts';
import { FUNDING } from '../schema/initiative.ts';
import type { Lang } from '../i18n/lang.ts';
import type { NewInitiative } from './answers.ts';

/** Sections an initiative gets when book.yml does not require any (product.md §2). */
export const DEFAULT_SECTIONS = ['Latar Belakang', 'Tujuan'] as const;

type Guidance = Record<Lang, string>;

/** What to write under the usual sections, keyed by their loose name in either language. */
const GUIDANCE: Record<string, Guidance> = {
  'latar-belakang': {
    id: 'Jelaskan masalah atau kebutuhan warga dan pemerintah daerah yang mendorong inisiatif ini, sebaiknya dengan data.',
    en: 'Describe the problem or need of citizens and the city government behind this initiative, ideally with data.',
  },
  tujuan: {
    id: 'Tuliskan apa yang ingin dicapai, sebaiknya terukur (misalnya jumlah pengguna atau lama layanan).',
    en: 'Write what the initiative should achieve, measurably if possible (e.g. number of users, service time).',
  },
  deskripsi: {
    id: 'Uraikan cara kerjanya: layanan, aplikasi atau kegiatan apa yang dibuat, siapa penggunanya, dan tahapannya.',
    en: 'Explain how it works: which service, app or activity, who uses it, and its stages.',
  },
  manfaat: {
    id: 'Sebutkan manfaat yang dirasakan warga dan pemerintah daerah.',
    en: 'Name the benefits for citizens and the city government.',
  },
};
GUIDANCE.background = GUIDANCE['latar-belakang']!;
GUIDANCE.goals = GUIDANCE.tujuan!;
GUIDANCE.description = GUIDANCE.deskripsi!;
GUIDANCE.benefits = GUIDANCE.manfaat!;

const GENERIC: Guidance = { id: 'Isi bagian ini.', en: 'Fill in this section.' };

/** Optional keys shown as comments, each with the values it takes. */
const OPTIONAL_KEYS: Record<Lang, (start: number, end: number) => [string, string][]> = {
  id: (start, end) => [
    ['horizon: pendek', 'pendek | menengah | panjang'],
    [`start_year: ${start}`, `di dalam periode buku ${start}–${end}`],
    [`end_year: ${Math.min(start + 1, end)}`, 'tidak sebelum start_year'],
    ['status: usulan', 'usulan | rencana | berjalan | selesai'],
    ['budget: 150000000', 'rupiah, tanpa titik'],
    ['funding: [APBD]', FUNDING.join(' | ')],
    ['partners: [Nama Mitra]', 'bank, BUMN, perguruan tinggi, CSR…'],
  ],
  en: (start, end) => [
    ['horizon: pendek', 'pendek | menengah | panjang (short | medium | long)'],
    [`start_year: ${start}`, `inside the book period ${start}–${end}`],
    [`end_year: ${Math.min(start + 1, end)}`, 'not before start_year'],
    ['status: usulan', 'usulan | rencana | berjalan | selesai'],
    ['budget: 150000000', 'whole rupiah, no dots'],
    ['funding: [APBD]', FUNDING.join(' | ')],
    ['partners: [Partner name]', 'banks, state companies, universities, CSR…'],
  ],
};

const OPTIONAL_INTRO: Record<Lang, string> = {
  id: '# Kolom berikut tidak wajib: hapus tanda # di depannya untuk mengisi.',
  en: '# Optional keys: remove the # in front to fill one in.',
};

const KPI_EXAMPLE: Record<Lang, (year: number) => string[]> = {
  id: (year) => ['# kpi:', '#   - indicator: Nama indikator', '#     target: "100"', `#     year: ${year}`],
  en: (year) => ['# kpi:', '#   - indicator: Indicator name', '#     target: "100"', `#     year: ${year}`],
};

function optionalKeys(lang: Lang, period: { start: number; end: number }): string[] {
  const pairs = OPTIONAL_KEYS[lang](period.start, period.end);
  const width = Math.max(...pairs.map(([code]) => code.length)) + 2;
  return [OPTIONAL_INTRO[lang], ...pairs.map(([code, note]) => `# ${code.padEnd(width)}# ${note}`), ...KPI_EXAMPLE[lang](Math.min(period.start + 1, period.end))];
}

/** A YAML scalar, quoted only when it has to be. */
function scalar(value: string | boolean): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function frontmatter(initiative: NewInitiative, lang: Lang, period: { start: number; end: number }): string[] {
  const lines = [`id: ${initiative.id}`, `title: ${scalar(initiative.title)}`, `dimension: ${initiative.dimension.id}`];
  if (initiative.element) lines.push(`element: ${initiative.element.id}`);
  lines.push(`opd: ${scalar(initiative.opd.written)}`);
  if (initiative.supporting.length > 0) lines.push(`supporting_opd: [${initiative.supporting.map((o) => scalar(o.written)).join(', ')}]`);
  lines.push(`quick_win: ${initiative.quickWin}`);
  return [...lines, ...optionalKeys(lang, period)];
}

/**
 * The text of a new initiative file: frontmatter with canonical ids (optional keys shown
 * as comments), then every required section with guidance in an HTML comment, which
 * the book leaves out.
 */
export function renderInitiative(initiative: NewInitiative, options: { lang: Lang; sections: readonly string[]; period: { start: number; end: number } }): string {
  const sections = options.sections.length > 0 ? options.sections : DEFAULT_SECTIONS;
  const body = sections.map((name) => {
    const guidance = (GUIDANCE[looseKey(name)] ?? GENERIC)[options.lang];
    return `## ${name}\n\n<!-- ${guidance} -->\n`;
  });
  return ['---', ...frontmatter(initiative, options.lang, options.period), '---', '', body.join('\n')].join('\n');
}
