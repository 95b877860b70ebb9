const files = (n) => (n === 1 ? 'file' : 'files');
/** What `check --changed` tells the user on stderr, in the command's language. */
export const CHANGED_MESSAGES = {
    id: {
        changed: (n, base, commit) => `--changed: ${n} berkas berubah sejak \`${base}\` (basis perbandingan ${commit}).`,
        fetchedBase: (base) => `Cabang dasar \`${base}\` diambil dari remote (klon dangkal).`,
        deepened: 'Riwayat klon dangkal diambil lebih dalam dari remote untuk menemukan basis perbandingan.',
        bookChanged: (file) => `${file} berubah dan semua berkas bergantung padanya: semua masalah dilaporkan.`,
        shallow: 'Basis perbandingan tidak ditemukan (klon dangkal); memeriksa semua berkas. Di CI, ambil riwayat lengkap (GitHub Actions: `fetch-depth: 0`).',
        noGit: 'git tidak ditemukan (pasang git atau tambahkan ke PATH), jadi berkas yang berubah tidak dapat diketahui; memeriksa semua berkas.',
        notRepo: (dir) => `\`${dir}\` tidak berada di dalam repositori git, jadi berkas yang berubah tidak dapat diketahui; memeriksa semua berkas.`,
        noBase: (tried) => `Cabang dasar tidak ditemukan (dicoba: ${tried}); memeriksa semua berkas. Sebutkan cabangnya dengan \`--base <ref>\`.`,
        noMergeBase: (base) => `HEAD dan \`${base}\` tidak punya riwayat bersama; memeriksa semua berkas.`,
        gitFailed: 'git gagal mendaftar berkas yang berubah; memeriksa semua berkas.',
        badBase: (ref) => `Ref \`${ref}\` untuk \`--base\` tidak ditemukan di repositori git. Periksa ejaannya, atau ambil dulu cabangnya dengan \`git fetch\`.`,
    },
    en: {
        changed: (n, base, commit) => `--changed: ${n} ${files(n)} changed since \`${base}\` (merge base ${commit}).`,
        fetchedBase: (base) => `Fetched the base branch \`${base}\` from the remote (shallow clone).`,
        deepened: 'Fetched more history of the shallow clone from the remote to find the merge base.',
        bookChanged: (file) => `${file} changed and every file depends on it: reporting every problem.`,
        shallow: 'Merge base not found (shallow clone); checking all files. In CI, fetch the full history (GitHub Actions: `fetch-depth: 0`).',
        noGit: 'git was not found (install it or add it to PATH), so the changed files are unknown; checking all files.',
        notRepo: (dir) => `\`${dir}\` is not inside a git repository, so the changed files are unknown; checking all files.`,
        noBase: (tried) => `No base branch found (tried: ${tried}); checking all files. Name one with \`--base <ref>\`.`,
        noMergeBase: (base) => `HEAD and \`${base}\` share no history; checking all files.`,
        gitFailed: 'git could not list the changed files; checking all files.',
        badBase: (ref) => `The \`--base\` ref \`${ref}\` does not exist in the git repository. Check the spelling, or fetch the branch first with \`git fetch\`.`,
    },
};
