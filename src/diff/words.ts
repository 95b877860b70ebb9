import type { FallbackReason } from '../git/changed-since.ts';
import type { Lang } from '../i18n/lang.ts';

/** Why the base could not be found, as `findBase` says it. */
interface NoBase {
  reason: FallbackReason;
  base?: string;
  tried: string[];
  folder?: string;
}

/** Field names as a reader knows them (the frontmatter key stays in JSON). */
const FIELD_NAMES: Record<Lang, Record<string, string>> = {
  id: {
    title: 'judul', dimension: 'dimensi', element: 'elemen', opd: 'OPD pengampu', supporting_opd: 'OPD pendukung', quick_win: 'quick win', horizon: 'jangka',
    start_year: 'tahun mulai', end_year: 'tahun selesai', status: 'status', budget: 'anggaran', funding: 'sumber dana', partners: 'mitra', kpi: 'indikator (KPI)',
    city: 'kota', subtitle: 'subjudul', period: 'periode', place: 'tempat', date: 'tanggal', edition: 'edisi', locale: 'bahasa', paper: 'kertas', logo: 'logo',
    approval: 'lembar pengesahan', dimensions: 'dimensi (pengaturan)', previous_edition: 'edisi sebelumnya', name: 'nama', short: 'singkatan', aliases: 'nama lain',
  },
  en: {
    title: 'title', dimension: 'dimension', element: 'element', opd: 'lead OPD', supporting_opd: 'supporting OPDs', quick_win: 'quick win', horizon: 'horizon',
    start_year: 'start year', end_year: 'end year', status: 'status', budget: 'budget', funding: 'funding', partners: 'partners', kpi: 'indicators (KPI)',
    city: 'city', subtitle: 'subtitle', period: 'period', place: 'place', date: 'date', edition: 'edition', locale: 'language', paper: 'paper', logo: 'logo',
    approval: 'approval sheet', dimensions: 'dimensions (settings)', previous_edition: 'previous edition', name: 'name', short: 'short name', aliases: 'aliases',
  },
};

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Every text of `diff` and of the change annex, in one language. */
export const DIFF_WORDS = {
  id: {
    field: (key: string) => FIELD_NAMES.id[key] ?? key,
    annexTitle: 'Perubahan dari Edisi Sebelumnya',
    annexIntro: (label: string, ref: string, commit: string) => `Lampiran ini mencatat perubahan buku ini dibandingkan dengan ${label} (ref git \`${ref}\`, komit ${commit}). Inisiatif yang baru atau berubah ditandai di samping judulnya (di buku cetak juga dengan garis di margin luar).`,
    kinds: { added: 'Baru', changed: 'Diubah', moved: 'Dipindahkan', removed: 'Dihapus' },
    /** The word beside the change bar: short, to fit the outer margin. */
    marginKinds: { added: 'Baru', changed: 'Diubah', moved: 'Pindah', removed: 'Dihapus' },
    formerNumber: (n: string) => `semula ${n}`,
    movedTo: (from: string, to: string, arrow = ' → ') => `dipindahkan: ${from}${arrow}${to}`,
    /** The arrow in words, for the printed book (its fonts have no arrow). */
    becomes: ' menjadi ',
    settingsTitle: 'Perubahan book.yml',
    item: 'Uraian',
    heading: (base: string, commit: string) => `Perubahan sejak \`${base}\` (${commit})`,
    nothing: 'Tidak ada perubahan inisiatif maupun book.yml.',
    added: 'Ditambahkan',
    removed: 'Dihapus',
    moved: 'Dipindahkan',
    changed: 'Diubah',
    bookYml: 'book.yml',
    registry: 'Daftar OPD',
    body: (added: number, removed: number) => `teks: +${added} kata, −${removed} kata`,
    renamed: 'berkas',
    yes: 'ya',
    no: 'tidak',
    none: '–',
    totals: 'Jumlah',
    before: 'Sebelum',
    after: 'Sesudah',
    initiatives: 'Inisiatif',
    quickWins: 'Quick win',
    budget: 'Anggaran',
    change: 'Perubahan',
    addedIn: (n: number, dimension: string) => `+${n} inisiatif di ${dimension}`,
    removedIn: (n: number, dimension: string) => `−${n} inisiatif di ${dimension}`,
    changedCount: (n: number) => `${n} inisiatif diubah`,
    movedCount: (n: number) => `${n} dipindahkan`,
    quickWinLine: (before: number, after: number, arrow = ' → ') => `quick win ${before}${arrow}${after}`,
    budgetLine: (delta: string) => `anggaran ${delta}`,
    registryLine: 'daftar OPD berubah',
    bookLine: 'book.yml berubah',
    opdAdded: 'OPD ditambahkan',
    opdRemoved: 'OPD dihapus',
    badBase: (ref: string) => `Ref \`${ref}\` tidak ditemukan di repositori git. Periksa ejaannya, atau ambil dulu dengan \`git fetch --tags\` (tag edisi) atau \`git fetch origin ${ref}\` (cabang).`,
    noBase: (why: NoBase, dir: string) => `Tidak dapat membandingkan: ${baseProblem('id', why, dir)}`,
    unreadable: (base: string) => `git gagal membaca isi \`${base}\`. Jalankan \`git fsck\` atau ambil ulang riwayatnya.`,
  },
  en: {
    field: (key: string) => FIELD_NAMES.en[key] ?? key,
    annexTitle: 'Changes from the Previous Edition',
    annexIntro: (label: string, ref: string, commit: string) => `This annex records how this book differs from ${label} (git ref \`${ref}\`, commit ${commit}). New and changed initiatives are marked beside their titles (in print also with a bar in the outer margin).`,
    kinds: { added: 'New', changed: 'Changed', moved: 'Moved', removed: 'Removed' },
    marginKinds: { added: 'New', changed: 'Changed', moved: 'Moved', removed: 'Removed' },
    formerNumber: (n: string) => `was ${n}`,
    movedTo: (from: string, to: string, arrow = ' → ') => `moved: ${from}${arrow}${to}`,
    becomes: ' to ',
    settingsTitle: 'Changes to book.yml',
    item: 'Item',
    heading: (base: string, commit: string) => `Changes since \`${base}\` (${commit})`,
    nothing: 'No change to initiatives or book.yml.',
    added: 'Added',
    removed: 'Removed',
    moved: 'Moved',
    changed: 'Changed',
    bookYml: 'book.yml',
    registry: 'OPD registry',
    body: (added: number, removed: number) => `text: +${added} ${plural(added, 'word', 'words')}, −${removed} ${plural(removed, 'word', 'words')}`,
    renamed: 'file',
    yes: 'yes',
    no: 'no',
    none: '–',
    totals: 'Totals',
    before: 'Before',
    after: 'After',
    initiatives: 'Initiatives',
    quickWins: 'Quick wins',
    budget: 'Budget',
    change: 'Change',
    addedIn: (n: number, dimension: string) => `+${n} ${plural(n, 'initiative', 'initiatives')} in ${dimension}`,
    removedIn: (n: number, dimension: string) => `−${n} ${plural(n, 'initiative', 'initiatives')} in ${dimension}`,
    changedCount: (n: number) => `${n} ${plural(n, 'initiative', 'initiatives')} changed`,
    movedCount: (n: number) => `${n} moved`,
    quickWinLine: (before: number, after: number, arrow = ' → ') => `quick wins ${before}${arrow}${after}`,
    budgetLine: (delta: string) => `budget ${delta}`,
    registryLine: 'OPD registry changed',
    bookLine: 'book.yml changed',
    opdAdded: 'OPD added',
    opdRemoved: 'OPD removed',
    badBase: (ref: string) => `The ref \`${ref}\` does not exist in the git repository. Check the spelling, or fetch it first with \`git fetch --tags\` (an edition tag) or \`git fetch origin ${ref}\` (a branch).`,
    noBase: (why: NoBase, dir: string) => `Cannot compare: ${baseProblem('en', why, dir)}`,
    unreadable: (base: string) => `git could not read the files of \`${base}\`. Run \`git fsck\` or fetch the history again.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The words of one language. */
export type DiffWords = (typeof DIFF_WORDS)['id'];

/** Why git gave no base, reusing `--changed`'s explanations without its "checking all files". */
function baseProblem(lang: Lang, why: NoBase, dir: string): string {
  const id = lang === 'id';
  switch (why.reason) {
    case 'no-git':
      return id ? 'git tidak ditemukan. Pasang git atau tambahkan ke PATH.' : 'git was not found. Install it or add it to PATH.';
    case 'not-repo':
      return id ? `\`${dir}\` tidak berada di dalam repositori git, jadi tidak ada edisi lama untuk dibandingkan.` : `\`${dir}\` is not inside a git repository, so there is no earlier edition to compare with.`;
    case 'not-owner': {
      const folder = why.folder ?? dir;
      return id
        ? `git menolak repositori \`${folder}\` karena pemiliknya pengguna lain ("dubious ownership"). Bila folder ini dipercaya, jalankan \`git config --global --add safe.directory ${folder}\`.`
        : `git refuses the repository \`${folder}\` because another user owns it ("dubious ownership"). If the folder is trusted, run \`git config --global --add safe.directory ${folder}\`.`;
    }
    case 'no-base':
      return lang === 'id' ? `cabang dasar tidak ditemukan (dicoba: ${why.tried.join(', ')}). Sebutkan basisnya dengan \`--base <ref>\`, misalnya tag edisi \`--base edisi-1\`.` : `no base branch found (tried: ${why.tried.join(', ')}). Name the base with \`--base <ref>\`, e.g. an edition tag \`--base edisi-1\`.`;
    case 'shallow':
      return lang === 'id' ? 'basis perbandingan tidak ada di klon dangkal ini. Di CI, ambil riwayat lengkap (GitHub Actions: `fetch-depth: 0`).' : 'the merge base is not in this shallow clone. In CI, fetch the full history (GitHub Actions: `fetch-depth: 0`).';
    case 'no-merge-base':
      return lang === 'id' ? `HEAD dan \`${why.base ?? ''}\` tidak punya riwayat bersama.` : `HEAD and \`${why.base ?? ''}\` share no history.`;
    case 'git-failed':
      return lang === 'id' ? 'git gagal membaca riwayat.' : 'git could not read the history.';
  }
}
