import { z } from 'zod';
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
  logo: z.string().trim().min(1).optional().meta({ description: 'Berkas logo, relatif terhadap folder konten / Logo file, relative to the content folder' }),
  opd: z.array(OpdEntry).default([]).meta({ description: 'Daftar OPD; daftar kosong menerima nama apa pun / OPD registry; an empty list accepts any name' }),
  dimensions: z.partialRecord(z.enum(DIMENSION_IDS), DimensionOverride).default({}).meta({ description: 'Judul bab atau daftar elemen pengganti per dimensi / Chapter title or element list overrides per dimension' }),
  approval: z
    .strictObject({
      signer: z.string().trim().min(1).meta({ description: 'Nama penanda tangan / Name of the signer' }),
      role: z.string().trim().min(1).meta({ description: 'Jabatan, mis. Wali Kota Tanjungpinang / Role of the signer' }),
      nip: z.string().trim().min(1).optional().meta({ description: 'NIP penanda tangan / Civil servant number' }),
    })
    .optional()
    .meta({ description: 'Lembar Pengesahan dengan blok tanda tangan / Approval sheet with a signature block' }),
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
/** One validated registry entry. */
export type OpdEntry = z.infer<typeof OpdEntry>;
