import { z } from 'zod';
/** A signature block closing a chapter ("Tanjungpinang, 30 Juli 2019 / Wali Kota … / name"). */
export declare const Signature: z.ZodObject<{
    role: z.ZodString;
    name: z.ZodString;
    nip: z.ZodOptional<z.ZodString>;
    place: z.ZodOptional<z.ZodString>;
    date: z.ZodOptional<z.ZodISODate>;
}, z.core.$strict>;
/** Frontmatter of a front or back chapter or a dimension introduction. */
export declare const ChapterFrontmatter: z.ZodObject<{
    title: z.ZodOptional<z.ZodString>;
    bab: z.ZodOptional<z.ZodBoolean>;
    signature: z.ZodOptional<z.ZodObject<{
        role: z.ZodString;
        name: z.ZodString;
        nip: z.ZodOptional<z.ZodString>;
        place: z.ZodOptional<z.ZodString>;
        date: z.ZodOptional<z.ZodISODate>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** A signature block as written. */
export type Signature = z.infer<typeof Signature>;
/** Chapter frontmatter after schema validation. */
export type ChapterFrontmatter = z.infer<typeof ChapterFrontmatter>;
