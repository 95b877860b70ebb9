import { MAX_PIXELS } from '../content/image-check.ts';
import { defineRule } from './rule.ts';

const megapixels = (p: { width: number; height: number }): string => (Math.round((p.width * p.height) / 1e5) / 10).toString();

/** An image that is not PNG or JPEG (the PDF can embed only those). */
export const imageFormat = defineRule<{ url: string; broken: boolean; pixels?: { width: number; height: number } }>({
  id: 'image-format',
  severity: 'error',
  description: 'An image is not a PNG or JPEG file, the file is damaged, or it has more than 40 megapixels.',
  message: {
    id: (p) =>
      p.pixels
        ? `Gambar \`${p.url}\` berukuran ${p.pixels.width} × ${p.pixels.height} piksel (${megapixels(p.pixels)} megapiksel), melebihi batas ${MAX_PIXELS / 1e6} megapiksel. Perkecil gambarnya (lebar 3000 piksel sudah cukup untuk dicetak selebar halaman).`
        : p.broken
        ? `Gambar \`${p.url}\` rusak atau terpotong. Simpan ulang gambarnya dari aplikasi aslinya.`
        : `Gambar \`${p.url}\` bukan berkas PNG atau JPEG. Simpan ulang sebagai .png (diagram) atau .jpg (foto).`,
    en: (p) =>
      p.pixels
        ? `Image \`${p.url}\` is ${p.pixels.width} × ${p.pixels.height} pixels (${megapixels(p.pixels)} megapixels), over the limit of ${MAX_PIXELS / 1e6} megapixels. Make it smaller (3,000 pixels wide is enough to print across the page).`
        : p.broken
        ? `Image \`${p.url}\` is damaged or cut short. Save it again from the program that made it.`
        : `Image \`${p.url}\` is not a PNG or JPEG file. Save it again as .png (diagrams) or .jpg (photos).`,
  },
  checks: {
    image: ({ ref, position }, { report }) => {
      if (ref.status === 'format' || ref.status === 'broken' || ref.status === 'oversized') report({ url: ref.url, broken: ref.status === 'broken', ...(ref.pixels ? { pixels: ref.pixels } : {}) }, { position });
    },
  },
});
