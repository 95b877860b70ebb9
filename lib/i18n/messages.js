/** Texts the commands print themselves (diagnostics carry their own messages). */
export const MESSAGES = {
    id: {
        badLang: (v) => `Bahasa \`${v}\` tidak dikenal. Gunakan \`--lang id\` atau \`--lang en\`.`,
        badFormat: (v, allowed) => `Format \`${v}\` tidak dikenal. Pilihan: ${allowed}.`,
        buildRefused: (n) => `Buku tidak dibangun karena ada ${n} kesalahan. Perbaiki kesalahan di atas, lalu jalankan lagi \`masterplan build\`.`,
        wrote: (file) => `Ditulis: ${file}`,
        internal: (msg) => `Kesalahan internal: ${msg}\nIni bukan kesalahan konten Anda. Laporkan ke pengelola masterplan beserta perintah yang dijalankan.`,
        draftAndFinal: 'Pilih salah satu: `--draft` atau `--final`, tidak keduanya.',
        rendering: (what) => `Menyusun ${what}…`,
        renderingPages: (done, total) => `Menyusun PDF… ${done}/${total} halaman`,
    },
    en: {
        badLang: (v) => `Unknown language \`${v}\`. Use \`--lang id\` or \`--lang en\`.`,
        badFormat: (v, allowed) => `Unknown format \`${v}\`. Choose from: ${allowed}.`,
        buildRefused: (n) => `The book was not built: ${n} ${n === 1 ? 'error' : 'errors'}. Fix the errors above, then run \`masterplan build\` again.`,
        wrote: (file) => `Wrote ${file}`,
        internal: (msg) => `Internal error: ${msg}\nThis is not a problem in your content. Please report it to the masterplan maintainers with the command you ran.`,
        draftAndFinal: 'Choose one of `--draft` or `--final`, not both.',
        rendering: (what) => `Rendering ${what}…`,
        renderingPages: (done, total) => `Rendering PDF… ${done}/${total} pages`,
    },
};
/** The command texts of a language. */
export function messages(lang) {
    return MESSAGES[lang];
}
