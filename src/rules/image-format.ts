import { defineRule } from './rule.ts';

/** An image that is not PNG or JPEG (the PDF can embed only those). */
export const imageFormat = defineRule<{ url: string }>({
  id: 'image-format',
  severity: 'error',
  description: 'An image is not a PNG or JPEG file.',
  message: {
    id: (p) => `Gambar \`${p.url}\` bukan berkas PNG atau JPEG. Simpan ulang sebagai .png (diagram) atau .jpg (foto).`,
    en: (p) => `Image \`${p.url}\` is not a PNG or JPEG file. Save it again as .png (diagrams) or .jpg (photos).`,
  },
});
