import { defineRule } from './rule.ts';

/** An image path that points at no file. */
export const imageMissing = defineRule<{ url: string; near?: string }>({
  id: 'image-missing',
  severity: 'error',
  description: 'An image file does not exist (paths are relative to the Markdown file).',
  message: {
    id: (p) =>
      p.near
        ? `Gambar \`${p.url}\` tidak ditemukan, tetapi ada \`${p.near}\`. Tulis \`${p.near}\` (huruf besar dan kecil dibedakan di server yang menyusun buku).`
        : `Gambar \`${p.url}\` tidak ditemukan. Jalurnya dihitung dari folder berkas ini; simpan gambar di \`content/assets/\` dan tulis misalnya \`../../assets/nama.png\`.`,
    en: (p) =>
      p.near
        ? `Image \`${p.url}\` not found, but \`${p.near}\` exists. Write \`${p.near}\` (the server that builds the book tells upper from lower case).`
        : `Image \`${p.url}\` not found. The path is relative to this file's folder; keep images in \`content/assets/\` and write e.g. \`../../assets/name.png\`.`,
  },
  checks: {
    image: ({ ref, position }, { report }) => {
      if (ref.status === 'missing') report({ url: ref.url, ...(ref.near ? { near: ref.near } : {}) }, { position, ...(ref.near ? { suggestion: ref.near } : {}) });
    },
  },
});
