import { z } from 'zod';
import { SLUG, Year } from '../config/schema.ts';

/** Funding sources recognised in the facts block. */
export const FUNDING = ['APBD', 'APBD Provinsi', 'APBN', 'DAK', 'CSR', 'KPBU', 'Hibah', 'Swasta', 'Lainnya'] as const;
/** Time horizons: Indonesian ids first, English accepted. */
export const HORIZONS = ['pendek', 'menengah', 'panjang', 'short', 'medium', 'long'] as const;
/** Programme status: Indonesian ids first, English accepted. */
export const STATUSES = ['usulan', 'rencana', 'berjalan', 'selesai', 'proposed', 'planned', 'running', 'done'] as const;

const Kpi = z.strictObject({
  indicator: z.string().trim().min(1),
  target: z.union([z.string().trim().min(1), z.number()]),
  year: Year.optional(),
});

/** The frontmatter of an initiative file, as agency staff write it (product.md §3). */
export const InitiativeFrontmatter = z.strictObject({
  id: z.string().regex(SLUG).optional(),
  title: z.string().trim().min(1),
  dimension: z.string().trim().min(1),
  element: z.string().trim().min(1).optional(),
  opd: z.string().trim().min(1),
  supporting_opd: z.array(z.string().trim().min(1)).optional(),
  quick_win: z.boolean().default(false),
  horizon: z.enum(HORIZONS).optional(),
  start_year: Year.optional(),
  end_year: Year.optional(),
  status: z.enum(STATUSES).optional(),
  budget: z.number().int().min(0).optional(),
  funding: z.array(z.enum(FUNDING)).optional(),
  partners: z.array(z.string().trim().min(1)).optional(),
  kpi: z.array(Kpi).optional(),
});

/** Initiative frontmatter after schema validation and defaults. */
export type InitiativeFrontmatter = z.infer<typeof InitiativeFrontmatter>;

/** Frontmatter of a front or back chapter: only an optional title. */
export const ChapterFrontmatter = z.strictObject({
  title: z.string().trim().min(1).optional(),
});
