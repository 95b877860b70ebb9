import { rm } from 'node:fs/promises';
import path from 'node:path';
import { SMALL_BOOK_YML } from './cli.ts';
import { scratch } from './git-book.ts';
import { commitAll, git, initRepo, writeFiles } from './git-repo.ts';

const BODY = (extra = '') => `## Latar Belakang\n\nLayanan masih manual di loket.${extra}\n\n## Tujuan\n\nMempercepat layanan.\n`;

/** An initiative file of the small edition book. */
function md(front: string, body = BODY()): string {
  return `---\n${front.trim()}\n---\n${body}`;
}

/** Paths of the edition book, relative to the repository. */
export const EDITION_FILES = {
  edited: 'content/initiatives/portal-data.md',
  removed: 'content/initiatives/klinik-keliling.md',
  renamedFrom: 'content/initiatives/posyandu.md',
  renamedTo: 'content/initiatives/smart-society/posyandu-digital.md',
  linking: 'content/initiatives/sekolah-daring.md',
  added: 'content/initiatives/ambulans-daring.md',
} as const;

/** The signed edition: four initiatives, one of which (unchanged later) links to one that will be deleted. */
const EDITION_1 = {
  'content/book.yml': `${SMALL_BOOK_YML}edition: Edisi 1\n`,
  [EDITION_FILES.edited]: md(`
title: Portal Satu Data
dimension: smart-governance
opd: diskominfo
quick_win: false
start_year: 2020
end_year: 2021
budget: 100000000
kpi:
  - indicator: Dataset terbuka
    target: "50"
    year: 2021
`),
  [EDITION_FILES.removed]: md('title: Klinik Keliling\ndimension: smart-living\nopd: dinkes\nbudget: 200000000'),
  [EDITION_FILES.renamedFrom]: md('title: Posyandu Digital\ndimension: smart-living\nopd: dinkes\nquick_win: true\nbudget: 50000000'),
  [EDITION_FILES.linking]: md('title: Sekolah Daring\ndimension: smart-society\nopd: diskominfo'),
};

/** The same initiative linking to the one the branch deletes. */
const LINKING = md('title: Sekolah Daring\ndimension: smart-society\nopd: diskominfo', BODY(' Bersama [klinik keliling](#klinik-keliling).'));

/** The next round on branch `konsep-2`: one of each change. */
const CONCEPT_2 = {
  'content/book.yml': `${SMALL_BOOK_YML}  - id: dishub\n    name: Dinas Perhubungan\n    short: Dishub\nedition: Konsep 2\n`,
  [EDITION_FILES.edited]: md(
    `
title: Portal Satu Data
dimension: smart-governance
opd: dinkes
quick_win: true
start_year: 2020
end_year: 2021
budget: 150000000
kpi:
  - indicator: Dataset terbuka
    target: "80"
    year: 2021
`,
    BODY(' Warga menunggu sampai tiga hari.'),
  ),
  [EDITION_FILES.renamedTo]: md('id: posyandu\ntitle: Posyandu Digital\ndimension: smart-society\nopd: dinkes\nquick_win: true\nbudget: 50000000'),
  [EDITION_FILES.added]: md('title: Ambulans Daring\ndimension: smart-living\nopd: dinkes\nquick_win: true\nbudget: 450000000'),
};

/**
 * A repository of a small book: the signed edition on `main`, tagged `edisi-1`, then a
 * branch `konsep-2` (checked out) that edits, deletes, renames and adds initiatives and
 * adds an OPD to the registry. With `committed: false` the changes stay in the working tree;
 * with `linked: true` an initiative the branch leaves alone links to the one it deletes.
 */
export async function editionRepository(options: { committed?: boolean; linked?: boolean } = {}): Promise<string> {
  const dir = await initRepo(path.join(await scratch('masterplan-edisi-'), 'buku'));
  await writeFiles(dir, { ...EDITION_1, ...(options.linked ? { [EDITION_FILES.linking]: LINKING } : {}) });
  await commitAll(dir, 'Edisi 1 ditandatangani');
  await git(dir, 'tag', 'edisi-1');
  await git(dir, 'checkout', '-q', '-b', 'konsep-2');
  await rm(path.join(dir, EDITION_FILES.removed));
  await rm(path.join(dir, EDITION_FILES.renamedFrom));
  await writeFiles(dir, CONCEPT_2);
  if (options.committed !== false) await commitAll(dir, 'Konsep 2');
  return dir;
}
