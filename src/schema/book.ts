// A namespace import lets the CLI's bundle keep only the parts of zod in use; `{ z }` keeps all of it, every locale included.
import * as z from 'zod';
import { DIMENSION_IDS } from '../domain/dimensions.ts';
import { SLUG } from '../domain/ids.ts';


/** A calendar year as written in the book files. */
export const Year = z.number().int().min(1900).max(2100);

/** One agency in the OPD registry. */
export const OpdEntry = z.strictObject({
  id: z.string().regex(SLUG).meta({ description: 'Id OPD: huruf kecil dan tanda hubung, mis. diskominfo / Agency id in lower case with dashes' }),
  name: z.string().trim().min(1).meta({ description: 'Nama lengkap OPD / Full name of the agency' }),
  short: z.string().trim().min(1).optional().meta({ description: 'Singkatan, mis. Diskominfo / Short name' }),
  aliases: z.array(z.string().trim().min(1)).optional().meta({ description: 'Nama lain yang juga diterima / Other names accepted for it' }),
});

const ElementOverride = z.strictObject({
  id: z.string().regex(SLUG).meta({ description: 'Id elemen / Element id' }),
  name: z.string().trim().min(1).meta({ description: 'Nama elemen / Element name' }),
  name_en: z.string().trim().min(1).optional().meta({ description: 'Nama elemen dalam bahasa Inggris / English element name' }),
});

const DimensionOverride = z.strictObject({
  title: z.string().trim().min(1).optional().meta({ description: 'Judul bab dimensi / Title of the dimension chapter' }),
  elements: z.array(ElementOverride).min(1).optional().meta({ description: 'Daftar elemen pengganti bawaan / Elements replacing the built-in list' }),
});

/** One signature on the approval sheet. */
export const Signer = z.strictObject({
  label: z.string().trim().min(1).meta({ description: 'Keterangan di atas jabatan, mis. Mengesahkan, Menyetujui / Label above the role' }),
  role: z.string().trim().min(1).meta({ description: 'Jabatan, mis. Wali Kota Tanjungpinang / Role of the signer' }),
  name: z.string().trim().min(1).meta({ description: 'Nama penanda tangan / Name of the signer' }),
  nip: z.string().trim().min(1).optional().meta({ description: 'NIP penanda tangan / Civil servant number' }),
});

/**
 * The approval sheet: a statement, the regulation that adopts the book, and up to four
 * signers; the first release's single signer (`signer`, `role`, `nip`) keeps working.
 */
export const Approval = z
  .strictObject({
    statement: z.string().trim().min(1).optional().meta({ description: 'Pernyataan pengesahan / Statement of approval' }),
    regulation: z.string().trim().min(1).optional().meta({ description: 'Peraturan yang menetapkan buku, mis. Peraturan Wali Kota … Nomor … Tahun … / The regulation adopting the book' }),
    signers: z.array(Signer).min(1).max(4).optional().meta({ description: 'Penanda tangan (paling banyak empat) / Signers (up to four)' }),
    signer: z.string().trim().min(1).optional().meta({ description: 'Bentuk lama: nama penanda tangan tunggal / Old form: name of the single signer' }),
    role: z.string().trim().min(1).optional().meta({ description: 'Bentuk lama: jabatan penanda tangan tunggal / Old form: role of the single signer' }),
    nip: z.string().trim().min(1).optional().meta({ description: 'Bentuk lama: NIP penanda tangan tunggal / Old form: civil servant number' }),
  })
  .superRefine((approval, ctx) => {
    // Someone must sign: `signers`, or the old `signer` with its `role`.
    if (approval.signers) return;
    if (approval.signer === undefined) ctx.addIssue({ code: 'invalid_type', expected: 'array', input: undefined, path: ['signers'], message: 'approval needs signers' });
    else if (approval.role === undefined) ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['role'], message: 'approval needs a role' });
  });

/** `content/book.yml` as written by the coordinator. */
export const BookFile = z.strictObject({
  city: z.string().trim().min(1).meta({ description: 'Nama kota, mis. Kota Tanjungpinang / The city' }),
  title: z.string().trim().min(1).meta({ description: 'Judul buku / Book title' }),
  subtitle: z.string().trim().min(1).optional().meta({ description: 'Anak judul / Subtitle' }),
  period: z
    .strictObject({ start: Year.meta({ description: 'Tahun awal / First year' }), end: Year.meta({ description: 'Tahun akhir / Last year' }) })
    .meta({ description: 'Periode masterplan / Period of the masterplan' }),
  place: z.string().trim().min(1).optional().meta({ description: 'Tempat penandatanganan, mis. Tanjungpinang / Place of signing' }),
  date: z.iso.date().optional().meta({ description: 'Tanggal buku, YYYY-MM-DD / Date of the book' }),
  edition: z.string().trim().min(1).optional().meta({ description: 'Edisi, mis. Konsep 1 / Edition' }),
  status: z.enum(['draft', 'final']).default('draft').meta({ description: 'draft mencetak tanda KONSEP / draft prints a KONSEP mark' }),
  locale: z.enum(['id', 'en']).default('id').meta({ description: 'Bahasa label buku dan pesan perintah / Language of book labels and messages' }),
  paper: z.enum(['A4', 'F4']).default('A4').meta({ description: 'Ukuran kertas / Paper size' }),
  print: z
    .strictObject({ bleed: z.number().min(0).max(10).meta({ description: 'Bleed dalam milimeter untuk percetakan, mis. 3 / Bleed in millimetres for a print shop, e.g. 3' }) })
    .optional()
    .meta({ description: 'Untuk percetakan: bleed, TrimBox/BleedBox dan tanda potong / For a print shop: bleed, TrimBox/BleedBox and crop marks' }),
  logo: z.string().trim().min(1).optional().meta({ description: 'Berkas logo, relatif terhadap folder konten / Logo file, relative to the content folder' }),
  opd: z.array(OpdEntry).default([]).meta({ description: 'Daftar OPD; daftar kosong menerima nama apa pun / OPD registry; an empty list accepts any name' }),
  dimensions: z.partialRecord(z.enum(DIMENSION_IDS), DimensionOverride).default({}).meta({ description: 'Judul bab atau daftar elemen pengganti per dimensi / Chapter title or element list overrides per dimension' }),
  approval: Approval.optional().meta({ description: 'Lembar Pengesahan: pernyataan, peraturan, penanda tangan / Approval sheet: statement, regulation, signers' }),
  previous_edition: z
    .strictObject({
      ref: z.string().trim().min(1).meta({ description: 'Ref git edisi itu, mis. tag edisi-1 / The git ref of that edition, e.g. the tag edisi-1' }),
      label: z.string().trim().min(1).optional().meta({ description: 'Nama edisi di lampiran, mis. "Edisi 1, 30 Juli 2019" / Its name in the annex' }),
    })
    .optional()
    .meta({ description: 'Edisi yang ditandatangani sebelumnya: lampiran perubahan membandingkan dengannya / The signed edition the change annex compares with' }),
  rules: z
    .strictObject({
      required_sections: z.array(z.string().trim().min(1)).optional().meta({ description: 'Bagian yang wajib ada di isi setiap inisiatif / Sections every initiative body needs' }),
      severity: z.record(z.string(), z.enum(['error', 'warning', 'off'])).optional().meta({ description: 'Tingkat per aturan: error, warning atau off / Severity per rule id' }),
    })
    .optional()
    .meta({ description: 'Pengaturan pemeriksaan / Check settings' }),
});

/** book.yml after schema validation and defaults. */
export type BookFile = z.infer<typeof BookFile>;
/** The approval sheet as written. */
export type Approval = z.infer<typeof Approval>;
/** One validated registry entry. */
export type OpdEntry = z.infer<typeof OpdEntry>;
