import type { Lang } from '../i18n/lang.ts';

const files = (n: number): string => (n === 1 ? 'file' : 'files');

/** What `check --changed` tells the user on stderr, in the command's language. */
export const CHANGED_MESSAGES = {
  id: {
    changed: (n: number, base: string, commit: string) => `--changed: ${n} berkas berubah sejak \`${base}\` (basis perbandingan ${commit}).`,
    fetchedBase: (base: string) => `Cabang dasar \`${base}\` diambil dari remote (klon dangkal).`,
    deepened: 'Riwayat klon dangkal diambil lebih dalam dari remote untuk menemukan basis perbandingan.',
    bookChanged: (file: string) => `${file} berubah dan semua berkas bergantung padanya: semua masalah dilaporkan.`,
    shallow: 'Basis perbandingan tidak ditemukan (klon dangkal); memeriksa semua berkas. Di CI, ambil riwayat lengkap (GitHub Actions: `fetch-depth: 0`).',
    noGit: 'git tidak ditemukan (pasang git atau tambahkan ke PATH), jadi berkas yang berubah tidak dapat diketahui; memeriksa semua berkas.',
    notRepo: (dir: string) => `\`${dir}\` tidak berada di dalam repositori git, jadi berkas yang berubah tidak dapat diketahui; memeriksa semua berkas.`,
    notOwner: (dir: string) =>
      `git menolak repositori \`${dir}\` karena pemiliknya pengguna lain ("dubious ownership"), jadi berkas yang berubah tidak dapat diketahui; memeriksa semua berkas. Bila folder ini memang dipercaya (misalnya dipasang ke kontainer), jalankan \`git config --global --add safe.directory ${dir}\`.`,
    noBase: (tried: string) => `Cabang dasar tidak ditemukan (dicoba: ${tried}); memeriksa semua berkas. Sebutkan cabangnya dengan \`--base <ref>\`.`,
    noMergeBase: (base: string) => `HEAD dan \`${base}\` tidak punya riwayat bersama; memeriksa semua berkas.`,
    gitFailed: 'git gagal mendaftar berkas yang berubah; memeriksa semua berkas.',
    goneTarget: (id: string, file: string) => `Inisiatif \`${id}\` dihapus atau diganti namanya di cabang ini (\`${file}\`): perbaiki tautannya atau kembalikan id itu.`,
    badBase: (ref: string) => `Ref \`${ref}\` untuk \`--base\` tidak ditemukan di repositori git. Periksa ejaannya, atau ambil dulu cabangnya dengan \`git fetch\`.`,
  },
  en: {
    changed: (n: number, base: string, commit: string) => `--changed: ${n} ${files(n)} changed since \`${base}\` (merge base ${commit}).`,
    fetchedBase: (base: string) => `Fetched the base branch \`${base}\` from the remote (shallow clone).`,
    deepened: 'Fetched more history of the shallow clone from the remote to find the merge base.',
    bookChanged: (file: string) => `${file} changed and every file depends on it: reporting every problem.`,
    shallow: 'Merge base not found (shallow clone); checking all files. In CI, fetch the full history (GitHub Actions: `fetch-depth: 0`).',
    noGit: 'git was not found (install it or add it to PATH), so the changed files are unknown; checking all files.',
    notRepo: (dir: string) => `\`${dir}\` is not inside a git repository, so the changed files are unknown; checking all files.`,
    notOwner: (dir: string) =>
      `git refuses the repository \`${dir}\` because another user owns it ("dubious ownership"), so the changed files are unknown; checking all files. If the folder is trusted (mounted into a container, say), run \`git config --global --add safe.directory ${dir}\`.`,
    noBase: (tried: string) => `No base branch found (tried: ${tried}); checking all files. Name one with \`--base <ref>\`.`,
    noMergeBase: (base: string) => `HEAD and \`${base}\` share no history; checking all files.`,
    gitFailed: 'git could not list the changed files; checking all files.',
    goneTarget: (id: string, file: string) => `The initiative \`${id}\` was deleted or renamed on this branch (\`${file}\`): fix the link or bring the id back.`,
    badBase: (ref: string) => `The \`--base\` ref \`${ref}\` does not exist in the git repository. Check the spelling, or fetch the branch first with \`git fetch\`.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
