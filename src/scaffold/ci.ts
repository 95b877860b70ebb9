/** The CI systems `init --ci` writes a pipeline for, and what the new project's README says of each. */
export const CI_SYSTEMS = ['github', 'gitlab', 'none'] as const;
export type CiSystem = (typeof CI_SYSTEMS)[number];

export const isCiSystem = (name: string): name is CiSystem => (CI_SYSTEMS as readonly string[]).includes(name);

export interface CiChoice {
  /** The template under `templates/ci/`, and where it goes in the project. */
  file?: { template: string; target: string };
  /** The line of the README's folder listing (empty: none). */
  folderLine: string;
  /** The README's closing paragraph on automatic checks. */
  paragraph: string;
}

/** Pad a folder-listing entry to the column the scaffold README aligns its notes at. */
const listed = (name: string, note: string): string => `${name.padEnd(27)} ${note}`;

export const CI_CHOICES: Readonly<Record<CiSystem, CiChoice>> = {
  github: {
    file: { template: 'github-workflow.yml', target: '.github/workflows/check.yml' },
    folderLine: listed('.github/workflows/check.yml', 'pemeriksaan otomatis setiap pull request'),
    paragraph:
      'Setiap pull request diperiksa oleh `.github/workflows/check.yml` (dengan action masterplan dari\n`node_modules/masterplan`); buku hasil susunan dapat diunduh dari halaman *Actions* (artefak\n`buku-satu`).',
  },
  gitlab: {
    file: { template: 'gitlab-ci.yml', target: '.gitlab-ci.yml' },
    folderLine: listed('.gitlab-ci.yml', 'pemeriksaan otomatis setiap merge request'),
    paragraph:
      'Setiap merge request diperiksa oleh `.gitlab-ci.yml`: masalah tampil di widget *Code Quality*\nmerge request, dan buku hasil susunan tertaut darinya sebagai *Buku Satu*.',
  },
  none: {
    folderLine: '',
    paragraph:
      'Proyek ini dibuat tanpa pemeriksaan otomatis (`--ci none`). Untuk menambahkannya kemudian,\njalankan `npx masterplan init --ci github --force` (atau `--ci gitlab`); berkas yang sudah ada\ntidak ditimpa.',
  },
};
