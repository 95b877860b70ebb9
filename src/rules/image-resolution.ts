import { MIN_PRINT_PPI, printResolution } from '../model/figure-size.ts';
import { defineRule } from './rule.ts';

/** A picture printed with too few pixels for its size: soft on paper. */
export const imageResolution = defineRule<{ url: string; width: number; height: number; cm: string; ppi: number; needed: number }>({
  id: 'image-resolution',
  severity: 'warning',
  description: `A figure prints at fewer than ${MIN_PRINT_PPI} pixels per inch (it looks soft on paper).`,
  message: {
    id: (p) =>
      `Gambar \`${p.url}\` (${p.width} × ${p.height} piksel) tercetak selebar ${p.cm} cm, hanya ${p.ppi} ppi: di kertas akan tampak kabur. Pakai berkas yang lebarnya minimal ${p.needed} piksel (${MIN_PRINT_PPI} ppi), misalnya ekspor ulang dari aplikasi aslinya.`,
    en: (p) =>
      `Image \`${p.url}\` (${p.width} × ${p.height} pixels) prints ${p.cm} cm wide, only ${p.ppi} ppi: it will look soft on paper. Use a file at least ${p.needed} pixels wide (${MIN_PRINT_PPI} ppi), e.g. export it again from the program that made it.`,
  },
  checks: {
    image: ({ ref, position, figure, paper }, { report, lang }) => {
      if (!figure || ref.status !== 'ok' || !ref.pixels) return;
      const { cm, ppi, needed } = printResolution(ref.pixels, paper ?? 'A4');
      if (ppi >= MIN_PRINT_PPI) return;
      const shown = cm.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 });
      report({ url: ref.url, width: ref.pixels.width, height: ref.pixels.height, cm: shown, ppi: Math.floor(ppi), needed }, { position });
    },
  },
});
