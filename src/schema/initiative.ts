// A namespace import lets the CLI's bundle keep only the parts of zod in use; `{ z }` keeps all of it, every locale included.
import * as z from 'zod';
import { Year } from './book.ts';
import { SLUG } from '../domain/ids.ts';
import { DIMENSION_IDS } from '../domain/dimensions.ts';

/** Funding sources recognised in the facts block. */
export const FUNDING = ['APBD', 'APBD Provinsi', 'APBN', 'DAK', 'CSR', 'KPBU', 'Hibah', 'Swasta', 'Lainnya'] as const;
/** Time horizons: Indonesian ids first, English accepted. */
export const HORIZONS = ['pendek', 'menengah', 'panjang', 'short', 'medium', 'long'] as const;
/** Programme status: Indonesian ids first, English accepted. */
export const STATUSES = ['usulan', 'rencana', 'berjalan', 'selesai', 'proposed', 'planned', 'running', 'done'] as const;

/** A sum of whole rupiah, written without dots. */
const Rupiah = z.number().int().min(0);

const Kpi = z.strictObject({
  indicator: z.string().trim().min(1).meta({ description: 'Nama indikator / What is measured' }),
  target: z.union([z.string().trim().min(1), z.number()]).meta({ description: 'Target, mis. "10.000" / The target value' }),
  year: Year.optional().meta({ description: 'Tahun target / Year of the target' }),
});

/** The frontmatter of an initiative file, as agency staff write it (product.md §3). */
export const InitiativeFrontmatter = z.strictObject({
  id: z.string().regex(SLUG).optional().meta({ description: 'Id unik: huruf kecil, angka dan tanda hubung; bawaan: nama berkas tanpa .md / Unique id: lower case, digits and dashes; default: the file name without .md' }),
  title: z.string().trim().min(1).meta({ description: 'Judul inisiatif / The initiative’s title' }),
  dimension: z.string().trim().min(1).meta({ description: 'Dimensi smart city (id atau nama, huruf besar/kecil bebas) / Smart city dimension (id or name, any case)', examples: [...DIMENSION_IDS] }),
  element: z.string().trim().min(1).optional().meta({ description: 'Elemen dari dimensi itu (id atau nama), mis. pelayanan / An element of that dimension (id or name)' }),
  opd: z.string().trim().min(1).meta({ description: 'OPD penanggung jawab: id di daftar OPD book.yml, singkatan, nama lengkap atau alias / Lead agency: registry id, short name, full name or alias' }),
  supporting_opd: z.array(z.string().trim().min(1)).optional().meta({ description: 'OPD pendukung / Supporting agencies' }),
  quick_win: z.boolean().default(false).meta({ description: 'Program percepatan (quick win) / A quick win' }),
  horizon: z.enum(HORIZONS).optional().meta({ description: 'Jangka waktu / Time horizon' }),
  start_year: Year.optional().meta({ description: 'Tahun mulai, di dalam periode buku / First year, inside the book period' }),
  end_year: Year.optional().meta({ description: 'Tahun selesai, tidak sebelum start_year / Last year, not before start_year' }),
  status: z.enum(STATUSES).optional().meta({ description: 'Status pelaksanaan / Programme status' }),
  budget: z
    .union([Rupiah, z.record(z.string().regex(/^\d{4}$/), Rupiah)])
    .optional()
    .meta({ description: 'Anggaran dalam rupiah utuh tanpa titik, mis. 150000000, atau per tahun: { 2020: 50000000, 2021: 100000000 } / Budget in whole rupiah, or per year' }),
  funding: z.array(z.enum(FUNDING)).optional().meta({ description: 'Sumber pendanaan / Funding sources' }),
  partners: z.array(z.string().trim().min(1)).optional().meta({ description: 'Mitra / Partners' }),
  kpi: z.array(Kpi).optional().meta({ description: 'Indikator kinerja / Key performance indicators' }),
});

/** Initiative frontmatter after schema validation and defaults. */
export type InitiativeFrontmatter = z.infer<typeof InitiativeFrontmatter>;
