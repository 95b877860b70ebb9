import type { Lang } from '../i18n/lang.ts';

/** Texts of `watch` and `serve`. */
export const WATCH_MESSAGES = {
  id: {
    watching: (dir: string) => `Memantau ${dir}/ — simpan berkas untuk menyusun ulang, Ctrl-C untuk berhenti.`,
    reading: 'Memeriksa berkas…',
    changed: (files: string) => `Berubah: ${files}`,
    notUpdated: (errors: number) => `Buku tidak diperbarui: ${errors} kesalahan. Perbaiki, lalu simpan lagi.`,
    renderFailed: (message: string) => `Gagal menyusun: ${message}`,
    updated: (seconds: string) => `Buku diperbarui (${seconds} detik).`,
    stopped: 'Berhenti.',
    serving: (url: string) => `Pratinjau: ${url}`,
    badHost: (host: string) => `Alamat \`--host ${host}\` tidak dapat didengarkan di mesin ini. Pakai 127.0.0.1 (bawaan), 0.0.0.0 (semua antarmuka, mis. di kontainer) atau alamat IP mesin ini.`,
    openToNetwork: (host: string) => `Pratinjau mendengarkan di ${host} (--host): siapa pun yang dapat menjangkau alamat ini dapat membaca draf buku.`,
    portTaken: (port: number, next: number) => `Port ${port} sedang dipakai; memakai ${next}.`,
    noFreePort: (port: number) => `Tidak ada port bebas mulai ${port}. Beri \`--port <nomor>\` lain.`,
    badPort: (value: string) => `Port \`${value}\` tidak sah: beri angka 0–65535.`,
    waiting: 'Buku sedang disusun…',
    problems: (errors: number) => `${errors} kesalahan: buku tidak diperbarui. Rinciannya ada di terminal.`,
  },
  en: {
    watching: (dir: string) => `Watching ${dir}/ — save a file to rebuild, Ctrl-C to stop.`,
    reading: 'Checking files…',
    changed: (files: string) => `Changed: ${files}`,
    notUpdated: (errors: number) => `The book was not updated: ${errors} ${errors === 1 ? 'error' : 'errors'}. Fix, then save again.`,
    renderFailed: (message: string) => `Rendering failed: ${message}`,
    updated: (seconds: string) => `Book updated (${seconds} s).`,
    stopped: 'Stopped.',
    serving: (url: string) => `Preview: ${url}`,
    badHost: (host: string) => `Cannot listen on \`--host ${host}\` on this machine. Use 127.0.0.1 (the default), 0.0.0.0 (every interface, e.g. in a container) or an IP address of this machine.`,
    openToNetwork: (host: string) => `The preview listens on ${host} (--host): anyone who can reach this address can read the draft book.`,
    portTaken: (port: number, next: number) => `Port ${port} is in use; using ${next}.`,
    noFreePort: (port: number) => `No free port from ${port} on. Pass another \`--port <number>\`.`,
    badPort: (value: string) => `Port \`${value}\` is not valid: give a number 0–65535.`,
    waiting: 'The book is being built…',
    problems: (errors: number) => `${errors} ${errors === 1 ? 'error' : 'errors'}: the book was not updated. Details are in the terminal.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The watch and serve texts of a language. */
export function watchMessages(lang: Lang): (typeof WATCH_MESSAGES)['id'] {
  return WATCH_MESSAGES[lang];
}
