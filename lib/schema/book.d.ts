import { z } from 'zod';
/** A calendar year as written in the book files. */
export declare const Year: z.ZodNumber;
/** One agency in the OPD registry. */
export declare const OpdEntry: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    short: z.ZodOptional<z.ZodString>;
    aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
/** One signature on the approval sheet. */
export declare const Signer: z.ZodObject<{
    label: z.ZodString;
    role: z.ZodString;
    name: z.ZodString;
    nip: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/**
 * The approval sheet: a statement, the regulation that adopts the book, and up to four
 * signers; the first release's single signer (`signer`, `role`, `nip`) keeps working.
 */
export declare const Approval: z.ZodObject<{
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
}, z.core.$strict>;
/** `content/book.yml` as written by the coordinator. */
export declare const BookFile: z.ZodObject<{
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
/** book.yml after schema validation and defaults. */
export type BookFile = z.infer<typeof BookFile>;
/** The approval sheet as written. */
export type Approval = z.infer<typeof Approval>;
/** One validated registry entry. */
export type OpdEntry = z.infer<typeof OpdEntry>;
