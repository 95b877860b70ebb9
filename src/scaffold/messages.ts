import type { Lang } from '../i18n/lang.ts';

const list = (items: readonly string[]): string => items.map((i) => `\`${i}\``).join(', ');

/** Texts of `masterplan new` and `masterplan init`: prompts, problems and next steps. */
/** Where init's dependency comes from, as the note after init names it. */
const DEPENDENCY_KIND = {
  id: { registry: 'registri npm', git: 'repositori git', tarball: 'berkas paket', path: 'folder', url: 'alamat paket' },
  en: { registry: 'the npm registry', git: 'a git repository', tarball: 'a package file', path: 'a folder', url: 'a package URL' },
} as const;

export const SCAFFOLD_MESSAGES = {
  id: {
    noTerminal: (missing: readonly string[]) =>
      `Tidak ada terminal untuk bertanya, dan ${list(missing)} belum diberikan. Contoh: \`masterplan new --title "Nama Inisiatif" --dimension smart-governance --opd diskominfo --yes\`.`,
    emptyTitle: 'Judul tidak boleh kosong.',
    emptySlug: (title: string) => `Judul \`${title}\` tidak menghasilkan id (tidak ada huruf atau angka). Beri \`--id nama-inisiatif\`.`,
    badId: (id: string) => `Id \`${id}\` tidak sah: gunakan huruf kecil, angka dan tanda hubung, misalnya \`aplikasi-tanjak\`.`,
    idTaken: (id: string, file: string) => `Id \`${id}\` sudah dipakai oleh ${file}. Pilih judul lain atau beri \`--id <id-lain>\`. Tidak ada berkas yang ditulis.`,
    idReserved: (id: string) => `Id \`${id}\` sudah menjadi nama bab dimensi. Pilih judul lain atau beri \`--id <id-lain>\`.`,
    fileExists: (file: string) => `Berkas ${file} sudah ada dan tidak ditimpa. Pilih judul lain atau beri \`--id <id-lain>\`.`,
    unknownDimension: (found: string, allowed: readonly string[], meant?: string) =>
      `Dimensi \`${found}\` tidak dikenal.${meant ? ` Maksud Anda \`${meant}\`?` : ''} Pilihan: ${list(allowed)}.`,
    unknownElement: (found: string, dimension: string, allowed: readonly string[], meant?: string) =>
      `Elemen \`${found}\` tidak ada pada dimensi ${dimension}.${meant ? ` Maksud Anda \`${meant}\`?` : ''} Pilihan: ${list(allowed)}.`,
    unknownOpd: (found: string, file: string, meant?: string) =>
      `OPD \`${found}\` tidak ada dalam daftar OPD di ${file}.${meant ? ` Maksud Anda \`${meant}\`?` : ''} Tambahkan OPD itu ke \`opd:\` di ${file} bila memang baru.`,
    created: (file: string) => `Dibuat: ${file}`,
    nextStep: (check: string) => `Langkah berikutnya: lengkapi isian dan setiap bagian di berkas itu, lalu jalankan \`${check}\`.`,
    cancelled: 'Dibatalkan. Tidak ada berkas yang ditulis.',
    intro: 'Inisiatif baru',
    askTitle: 'Judul inisiatif',
    titlePlaceholder: 'mis. Aplikasi Tanjak (Tanjungpinang Aktual)',
    askDimension: 'Dimensi',
    askElement: 'Elemen',
    noElement: 'Tanpa elemen',
    askOpd: 'OPD pelaksana (ketik untuk mencari)',
    pickOpd: 'Tidak ada OPD yang cocok. Hapus pencarian, lalu ketik sebagian nama atau singkatannya (misalnya `kominfo`) dan pilih dari daftar.',
    askOpdFree: 'OPD pelaksana (nama lengkap atau singkatan)',
    askSupporting: 'OPD pendukung (ketik untuk mencari, Tab untuk memilih, Enter bila selesai; boleh kosong)',
    askSupportingFree: 'OPD pendukung, dipisah titik koma (boleh kosong)',
    askQuickWin: 'Quick win (program percepatan yang selesai tahun ini atau tahun depan)?',
    searchPlaceholder: 'ketik nama atau singkatan…',
    yes: 'Ya',
    no: 'Tidak',
    willWrite: (file: string) => `Berkas: ${file}`,
    // init
    notEmpty: (dir: string) => `Folder ${dir} tidak kosong. Pilih folder baru atau tambahkan \`--force\` (berkas yang sudah ada tidak ditimpa).`,
    notAFolder: (dir: string) => `${dir} bukan folder.`,
    skipped: (file: string) => `Dilewati (sudah ada): ${file}`,
    initDone: (dir: string) => `Proyek buku baru di ${dir}.`,
    badCi: (value: string) => `\`--ci ${value}\` tidak dikenal. Pilih github, gitlab atau none.`,
    dependency: (spec: string, kind: string) =>
      `package.json memasang masterplan dari ${DEPENDENCY_KIND.id[kind as keyof (typeof DEPENDENCY_KIND)['id']] ?? kind}: ${spec}\nBila CI tidak dapat menjangkau sumber itu, ganti dengan repositori git atau berkas paket masterplan milik kota Anda (lihat README proyek).`,
    initNext: (cd: string) =>
      `Langkah berikutnya:\n${cd}  1. npm install   (sekali saja; simpan package-lock.json ke git, pemeriksaan otomatis membutuhkannya)\n  2. Ubah content/book.yml (nama kota, periode, daftar OPD).\n  3. Tambah inisiatif: npx masterplan new\n  4. Periksa dan susun buku: npx masterplan check && npx masterplan build`,
  },
  en: {
    noTerminal: (missing: readonly string[]) =>
      `No terminal to ask on, and ${list(missing)} ${missing.length === 1 ? 'was' : 'were'} not given. Example: \`masterplan new --title "Initiative name" --dimension smart-governance --opd diskominfo --yes\`.`,
    emptyTitle: 'The title must not be empty.',
    emptySlug: (title: string) => `The title \`${title}\` gives no id (no letters or digits). Pass \`--id initiative-name\`.`,
    badId: (id: string) => `The id \`${id}\` is not valid: use lower-case letters, digits and dashes, e.g. \`tanjak-app\`.`,
    idTaken: (id: string, file: string) => `The id \`${id}\` is already used by ${file}. Choose another title or pass \`--id <other-id>\`. Nothing was written.`,
    idReserved: (id: string) => `The id \`${id}\` is a dimension chapter's name. Choose another title or pass \`--id <other-id>\`.`,
    fileExists: (file: string) => `${file} already exists and is not overwritten. Choose another title or pass \`--id <other-id>\`.`,
    unknownDimension: (found: string, allowed: readonly string[], meant?: string) =>
      `Unknown dimension \`${found}\`.${meant ? ` Did you mean \`${meant}\`?` : ''} Choose from: ${list(allowed)}.`,
    unknownElement: (found: string, dimension: string, allowed: readonly string[], meant?: string) =>
      `The dimension ${dimension} has no element \`${found}\`.${meant ? ` Did you mean \`${meant}\`?` : ''} Choose from: ${list(allowed)}.`,
    unknownOpd: (found: string, file: string, meant?: string) =>
      `The agency \`${found}\` is not in the OPD registry of ${file}.${meant ? ` Did you mean \`${meant}\`?` : ''} Add it to \`opd:\` in ${file} if it is new.`,
    created: (file: string) => `Created ${file}`,
    nextStep: (check: string) => `Next: fill in the fields and every section of that file, then run \`${check}\`.`,
    cancelled: 'Cancelled. Nothing was written.',
    intro: 'New initiative',
    askTitle: 'Title of the initiative',
    titlePlaceholder: 'e.g. Tanjak city information app',
    askDimension: 'Dimension',
    askElement: 'Element',
    noElement: 'No element',
    askOpd: 'Lead agency (type to search)',
    pickOpd: 'No agency matches. Clear the search, then type part of its name or short name (e.g. `kominfo`) and pick from the list.',
    askOpdFree: 'Lead agency (full or short name)',
    askSupporting: 'Supporting agencies (type to search, Tab selects, Enter when done; may be empty)',
    askSupportingFree: 'Supporting agencies, separated by semicolons (may be empty)',
    askQuickWin: 'Quick win (a flagship programme delivered this year or next)?',
    searchPlaceholder: 'type a name or short name…',
    yes: 'Yes',
    no: 'No',
    willWrite: (file: string) => `File: ${file}`,
    notEmpty: (dir: string) => `The folder ${dir} is not empty. Choose a new folder or add \`--force\` (existing files are kept).`,
    notAFolder: (dir: string) => `${dir} is not a folder.`,
    skipped: (file: string) => `Skipped (exists): ${file}`,
    initDone: (dir: string) => `New book project in ${dir}.`,
    badCi: (value: string) => `\`--ci ${value}\` is not known. Choose github, gitlab or none.`,
    dependency: (spec: string, kind: string) =>
      `package.json installs masterplan from ${DEPENDENCY_KIND.en[kind as keyof (typeof DEPENDENCY_KIND)['en']] ?? kind}: ${spec}\nIf CI cannot reach that source, write your city's masterplan git repository or package file instead (see the project's README).`,
    initNext: (cd: string) =>
      `Next steps:\n${cd}  1. npm install   (once; commit package-lock.json, the pull-request check needs it)\n  2. Edit content/book.yml (city name, period, agency registry).\n  3. Add an initiative: npx masterplan new\n  4. Check and build the book: npx masterplan check && npx masterplan build`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The scaffold texts of a language. */
export function scaffoldMessages(lang: Lang): (typeof SCAFFOLD_MESSAGES)['id'] {
  return SCAFFOLD_MESSAGES[lang];
}
