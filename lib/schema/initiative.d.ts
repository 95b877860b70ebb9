import { z } from 'zod';
/** Funding sources recognised in the facts block. */
export declare const FUNDING: readonly ["APBD", "APBD Provinsi", "APBN", "DAK", "CSR", "KPBU", "Hibah", "Swasta", "Lainnya"];
/** Time horizons: Indonesian ids first, English accepted. */
export declare const HORIZONS: readonly ["pendek", "menengah", "panjang", "short", "medium", "long"];
/** Programme status: Indonesian ids first, English accepted. */
export declare const STATUSES: readonly ["usulan", "rencana", "berjalan", "selesai", "proposed", "planned", "running", "done"];
/** The frontmatter of an initiative file, as agency staff write it (product.md §3). */
export declare const InitiativeFrontmatter: z.ZodObject<{
    id: z.ZodOptional<z.ZodString>;
    title: z.ZodString;
    dimension: z.ZodString;
    element: z.ZodOptional<z.ZodString>;
    opd: z.ZodString;
    supporting_opd: z.ZodOptional<z.ZodArray<z.ZodString>>;
    quick_win: z.ZodDefault<z.ZodBoolean>;
    horizon: z.ZodOptional<z.ZodEnum<{
        short: "short";
        pendek: "pendek";
        menengah: "menengah";
        panjang: "panjang";
        medium: "medium";
        long: "long";
    }>>;
    start_year: z.ZodOptional<z.ZodNumber>;
    end_year: z.ZodOptional<z.ZodNumber>;
    status: z.ZodOptional<z.ZodEnum<{
        usulan: "usulan";
        rencana: "rencana";
        berjalan: "berjalan";
        selesai: "selesai";
        proposed: "proposed";
        planned: "planned";
        running: "running";
        done: "done";
    }>>;
    budget: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodRecord<z.ZodString, z.ZodNumber>]>>;
    funding: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        APBD: "APBD";
        "APBD Provinsi": "APBD Provinsi";
        APBN: "APBN";
        DAK: "DAK";
        CSR: "CSR";
        KPBU: "KPBU";
        Hibah: "Hibah";
        Swasta: "Swasta";
        Lainnya: "Lainnya";
    }>>>;
    partners: z.ZodOptional<z.ZodArray<z.ZodString>>;
    kpi: z.ZodOptional<z.ZodArray<z.ZodObject<{
        indicator: z.ZodString;
        target: z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>;
        year: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
/** Initiative frontmatter after schema validation and defaults. */
export type InitiativeFrontmatter = z.infer<typeof InitiativeFrontmatter>;
