import { z } from 'zod';
/** A JSON Schema to publish: its zod source, where its committed copy lives and how editors title it. */
export interface SchemaSpec {
    schema: z.ZodType;
    /** Path of the committed copy, relative to the repository root. */
    file: string;
    title: string;
    description: string;
}
/** The schemas `masterplan schema` prints: initiative frontmatter (default) and book.yml (`--book`). */
export declare const SCHEMAS: {
    readonly initiative: {
        readonly schema: z.ZodObject<{
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
        readonly file: "schema/initiative.schema.json";
        readonly title: "masterplan: frontmatter inisiatif / initiative frontmatter";
        readonly description: "Frontmatter YAML sebuah berkas inisiatif di content/initiatives/ / The YAML frontmatter of an initiative file.";
    };
    readonly book: {
        readonly schema: z.ZodObject<{
            city: z.ZodString;
            title: z.ZodString;
            subtitle: z.ZodOptional<z.ZodString>;
            period: z.ZodObject<{
                start: z.ZodNumber;
                end: z.ZodNumber;
            }, z.core.$strict>;
            place: z.ZodOptional<z.ZodString>;
            date: z.ZodOptional<z.ZodISODate>;
            edition: z.ZodOptional<z.ZodString>;
            status: z.ZodDefault<z.ZodEnum<{
                draft: "draft";
                final: "final";
            }>>;
            locale: z.ZodDefault<z.ZodEnum<{
                id: "id";
                en: "en";
            }>>;
            paper: z.ZodDefault<z.ZodEnum<{
                A4: "A4";
                F4: "F4";
            }>>;
            logo: z.ZodOptional<z.ZodString>;
            opd: z.ZodDefault<z.ZodArray<z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                short: z.ZodOptional<z.ZodString>;
                aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>>;
            dimensions: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
                "smart-governance": "smart-governance";
                "smart-branding": "smart-branding";
                "smart-economy": "smart-economy";
                "smart-living": "smart-living";
                "smart-society": "smart-society";
                "smart-environment": "smart-environment";
            }> & z.core.$partial, z.ZodObject<{
                title: z.ZodOptional<z.ZodString>;
                elements: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    id: z.ZodString;
                    name: z.ZodString;
                    name_en: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
            }, z.core.$strict>>>;
            approval: z.ZodOptional<z.ZodObject<{
                statement: z.ZodOptional<z.ZodString>;
                regulation: z.ZodOptional<z.ZodString>;
                signers: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    label: z.ZodString;
                    role: z.ZodString;
                    name: z.ZodString;
                    nip: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                signer: z.ZodOptional<z.ZodString>;
                role: z.ZodOptional<z.ZodString>;
                nip: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            rules: z.ZodOptional<z.ZodObject<{
                required_sections: z.ZodOptional<z.ZodArray<z.ZodString>>;
                severity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodEnum<{
                    error: "error";
                    warning: "warning";
                    off: "off";
                }>>>;
            }, z.core.$strict>>;
        }, z.core.$strict>;
        readonly file: "schema/book.schema.json";
        readonly title: "masterplan: book.yml";
        readonly description: "Pengaturan buku dan daftar OPD (content/book.yml) / Book settings and the OPD registry.";
    };
};
/** The names `SCHEMAS` knows. */
export type SchemaName = keyof typeof SCHEMAS;
/**
 * The JSON Schema (draft-07, which editors' YAML tooling supports best) of what authors
 * write: the input side of the zod schema, so keys with defaults are optional.
 */
export declare function toJsonSchema(spec: SchemaSpec): Record<string, unknown>;
/** The schema as the text of its committed file. */
export declare function generate(spec: SchemaSpec): string;
