import { z } from 'zod';
import { DIMENSION_IDS } from '../domain/dimensions.ts';

/** Lower-case ids with single dashes, as used for OPDs, elements and initiatives. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar year as written in the book files. */
export const Year = z.number().int().min(1900).max(2100);

/** One agency in the OPD registry. */
export const OpdEntry = z.strictObject({
  id: z.string().regex(SLUG),
  name: z.string().trim().min(1),
  short: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).optional(),
});

const ElementOverride = z.strictObject({
  id: z.string().regex(SLUG),
  name: z.string().trim().min(1),
  name_en: z.string().trim().min(1).optional(),
});

const DimensionOverride = z.strictObject({
  title: z.string().trim().min(1).optional(),
  elements: z.array(ElementOverride).min(1).optional(),
});

/** `content/book.yml` as written by the coordinator. */
export const BookFile = z.strictObject({
  city: z.string().trim().min(1),
  title: z.string().trim().min(1),
  subtitle: z.string().trim().min(1).optional(),
  period: z.strictObject({ start: Year, end: Year }),
  place: z.string().trim().min(1).optional(),
  date: z.iso.date().optional(),
  edition: z.string().trim().min(1).optional(),
  status: z.enum(['draft', 'final']).default('draft'),
  locale: z.enum(['id', 'en']).default('id'),
  paper: z.enum(['A4', 'F4']).default('A4'),
  logo: z.string().trim().min(1).optional(),
  opd: z.array(OpdEntry).default([]),
  dimensions: z.partialRecord(z.enum(DIMENSION_IDS), DimensionOverride).default({}),
  approval: z
    .strictObject({
      signer: z.string().trim().min(1),
      role: z.string().trim().min(1),
      nip: z.string().trim().min(1).optional(),
    })
    .optional(),
  rules: z
    .strictObject({
      required_sections: z.array(z.string().trim().min(1)).optional(),
      severity: z.record(z.string(), z.enum(['error', 'warning', 'off'])).optional(),
    })
    .optional(),
});

/** book.yml after schema validation and defaults. */
export type BookFile = z.infer<typeof BookFile>;
/** One validated registry entry. */
export type OpdEntry = z.infer<typeof OpdEntry>;
