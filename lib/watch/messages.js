/** Texts of `watch` and `serve`. */
export const WATCH_MESSAGES = {
    id: {
        watching: (dir) => `Memantau ${dir}/ — simpan berkas untuk menyusun ulang, Ctrl-C untuk berhenti.`,
        reading: 'Memeriksa berkas…',
        changed: (files) => `Berubah: ${files}`,
        notUpdated: (errors) => `Buku tidak diperbarui: ${errors} kesalahan. Perbaiki, lalu simpan lagi.`,
        renderFailed: (message) => `Gagal menyusun: ${message}`,
        updated: (seconds) => `Buku diperbarui (${seconds} detik).`,
        stopped: 'Berhenti.',
        serving: (url) => `Pratinjau: ${url}`,
        portTaken: (port, next) => `Port ${port} sedang dipakai; memakai ${next}.`,
        noFreePort: (port) => `Tidak ada port bebas mulai ${port}. Beri \`--port <nomor>\` lain.`,
        badPort: (value) => `Port \`${value}\` tidak sah: beri angka 0–65535.`,
        waiting: 'Buku sedang disusun…',
        problems: (errors) => `${errors} kesalahan: buku tidak diperbarui. Rinciannya ada di terminal.`,
    },
    en: {
        watching: (dir) => `Watching ${dir}/ — save a file to rebuild, Ctrl-C to stop.`,
        reading: 'Checking files…',
        changed: (files) => `Changed: ${files}`,
        notUpdated: (errors) => `The book was not updated: ${errors} ${errors === 1 ? 'error' : 'errors'}. Fix, then save again.`,
        renderFailed: (message) => `Rendering failed: ${message}`,
        updated: (seconds) => `Book updated (${seconds} s).`,
        stopped: 'Stopped.',
        serving: (url) => `Preview: ${url}`,
        portTaken: (port, next) => `Port ${port} is in use; using ${next}.`,
        noFreePort: (port) => `No free port from ${port} on. Pass another \`--port <number>\`.`,
        badPort: (value) => `Port \`${value}\` is not valid: give a number 0–65535.`,
        waiting: 'The book is being built…',
        problems: (errors) => `${errors} ${errors === 1 ? 'error' : 'errors'}: the book was not updated. Details are in the terminal.`,
    },
};
/** The watch and serve texts of a language. */
export function watchMessages(lang) {
    return WATCH_MESSAGES[lang];
}
