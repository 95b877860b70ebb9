// A namespace import lets the CLI's bundle keep only the parts of zod in use; `{ z }` keeps all of it, every locale included.
import * as z from 'zod';

/** A signature block closing a chapter ("Tanjungpinang, 30 Juli 2019 / Wali Kota … / name"). */
export const Signature = z.strictObject({
  role: z.string().trim().min(1).meta({ description: 'Jabatan, mis. Wali Kota Tanjungpinang / Role' }),
  name: z.string().trim().min(1).meta({ description: 'Nama / Name' }),
  nip: z.string().trim().min(1).optional().meta({ description: 'NIP / Civil servant number' }),
  place: z.string().trim().min(1).optional().meta({ description: 'Tempat; bawaan: place di book.yml / Place; default: book.yml place' }),
  date: z.iso.date().optional().meta({ description: 'Tanggal YYYY-MM-DD; bawaan: date di book.yml / Date; default: book.yml date' }),
});

/** Frontmatter of a front or back chapter or a dimension introduction. */
export const ChapterFrontmatter = z.strictObject({
  title: z.string().trim().min(1).optional().meta({ description: 'Judul bab / Chapter title' }),
  bab: z.boolean().optional().meta({ description: 'Bab bernomor (BAB I …); bawaan: false di front/, true di back/ / A numbered chapter; default: false in front/, true in back/' }),
  signature: Signature.optional().meta({ description: 'Blok tanda tangan di akhir bab / Signature block closing the chapter' }),
});

/** A signature block as written. */
export type Signature = z.infer<typeof Signature>;

/** Chapter frontmatter after schema validation. */
export type ChapterFrontmatter = z.infer<typeof ChapterFrontmatter>;
