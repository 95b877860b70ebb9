import type { Lang } from './lang.ts';

/** Texts the commands print themselves (diagnostics carry their own messages). */
export const MESSAGES = {
  id: {
    badLang: (v: string) => `Bahasa \`${v}\` tidak dikenal. Gunakan \`--lang id\` atau \`--lang en\`.`,
    badFormat: (v: string, allowed: string) => `Format \`${v}\` tidak dikenal. Pilihan: ${allowed}.`,
    buildRefused: (n: number) => `Buku tidak dibangun karena ada ${n} kesalahan. Perbaiki kesalahan di atas, lalu jalankan lagi \`masterplan build\`.`,
    buildRefusedStrict: (n: number) => `Buku tidak dibangun karena ada ${n} peringatan dan \`--strict\` menjadikannya penghalang. Perbaiki peringatan di atas, atau susun tanpa \`--strict\`.`,
    wrote: (file: string) => `Ditulis: ${file}`,
    internal: (msg: string, report?: string) =>
      `Kesalahan internal: ${msg}\nIni bukan kesalahan konten Anda. Laporkan ke pengelola masterplan beserta perintah yang dijalankan${report ? ` dan berkas ${report}` : ''}; jalankan lagi dengan --debug untuk melihat jejaknya.`,
    draftAndFinal: 'Pilih salah satu: `--draft` atau `--final`, tidak keduanya.',
    rendering: (what: string) => `Menyusun ${what}…`,
    renderingPages: (done: number, total: number) => `Menyusun PDF… ${done}/${total} halaman`,
  },
  en: {
    badLang: (v: string) => `Unknown language \`${v}\`. Use \`--lang id\` or \`--lang en\`.`,
    badFormat: (v: string, allowed: string) => `Unknown format \`${v}\`. Choose from: ${allowed}.`,
    buildRefused: (n: number) => `The book was not built: ${n} ${n === 1 ? 'error' : 'errors'}. Fix the errors above, then run \`masterplan build\` again.`,
    buildRefusedStrict: (n: number) => `The book was not built: ${n} ${n === 1 ? 'warning' : 'warnings'}, which \`--strict\` makes blocking. Fix the warnings above, or build without \`--strict\`.`,
    wrote: (file: string) => `Wrote ${file}`,
    internal: (msg: string, report?: string) =>
      `Internal error: ${msg}\nThis is not a problem in your content. Please report it to the masterplan maintainers with the command you ran${report ? ` and the file ${report}` : ''}; run it again with --debug to see the trace.`,
    draftAndFinal: 'Choose one of `--draft` or `--final`, not both.',
    rendering: (what: string) => `Rendering ${what}…`,
    renderingPages: (done: number, total: number) => `Rendering PDF… ${done}/${total} pages`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The command texts of a language. */
export function messages(lang: Lang): (typeof MESSAGES)['id'] {
  return MESSAGES[lang];
}
