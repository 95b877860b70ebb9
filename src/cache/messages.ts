import type { Lang } from '../i18n/lang.ts';

/** The note shown when the content cache could not be written: the run itself is not affected. */
export const CACHE_UNWRITTEN: Record<Lang, (why: string) => string> = {
  id: (why) => `Catatan: cache tidak dapat ditulis (${why}); hasilnya tetap benar, hanya pemeriksaan berikutnya tidak lebih cepat. Pilih folder lain dengan \`--cache-location <folder>\` atau matikan dengan \`--no-cache\`.`,
  en: (why) => `Note: the cache could not be written (${why}); the result is still right, only the next check is not faster. Choose another folder with \`--cache-location <dir>\` or turn it off with \`--no-cache\`.`,
};
