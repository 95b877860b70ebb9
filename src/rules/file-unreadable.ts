import { MAX_SOURCE_BYTES, type UnreadableProblem } from '../content/source.ts';
import { defineRule } from './rule.ts';

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** A Markdown file that cannot be read: a broken link or missing permission. */
export const fileUnreadable = defineRule<{ file: string; problem?: UnreadableProblem }>({
  id: 'file-unreadable',
  severity: 'error',
  fatal: 'always',
  description: 'A Markdown file cannot be read (a broken link, no permission, not a regular file, a link out of the project, or too large).',
  message: {
    id: (p) => {
      switch (p.problem?.kind) {
        case 'special':
          return `\`${p.file}\` bukan berkas biasa (pipa, perangkat atau soket), jadi tidak dibaca. Hapus, lalu simpan isinya sebagai berkas Markdown biasa.`;
        case 'outside':
          return `\`${p.file}\` adalah tautan (symlink) ke luar proyek buku (\`${p.problem.target}\`), jadi tidak diikuti. Salin berkasnya ke dalam \`content/\`, lalu hapus tautannya.`;
        case 'closed-folder':
          return `Folder \`${p.file}\` tidak dapat dibuka (tidak ada izin membaca), jadi berkas di dalamnya tidak masuk ke buku. Perbaiki izinnya (misalnya \`chmod -R a+rX ${p.file}\` dari folder konten) atau pindahkan berkasnya.`;
        case 'too-large':
          return `\`${p.file}\` berukuran ${megabytes(p.problem.bytes)} MB, terlalu besar untuk satu berkas Markdown (paling besar ${megabytes(MAX_SOURCE_BYTES)} MB). Bagi isinya ke beberapa berkas, atau hapus berkas ini bila tersimpan keliru.`;
        default:
          return `Berkas \`${p.file}\` tidak dapat dibaca (tautan rusak atau tidak ada izin membaca). Perbaiki tautan atau izinnya, atau hapus berkas ini.`;
      }
    },
    en: (p) => {
      switch (p.problem?.kind) {
        case 'special':
          return `\`${p.file}\` is not a regular file (a pipe, device or socket), so it is not read. Delete it and save its text as a regular Markdown file.`;
        case 'outside':
          return `\`${p.file}\` is a link (symlink) out of the book project (\`${p.problem.target}\`), so it is not followed. Copy the file into \`content/\` and delete the link.`;
        case 'closed-folder':
          return `The folder \`${p.file}\` cannot be opened (no permission to read it), so the files in it are not in the book. Fix its permissions (e.g. \`chmod -R a+rX ${p.file}\` from the content folder) or move the files.`;
        case 'too-large':
          return `\`${p.file}\` is ${megabytes(p.problem.bytes)} MB, too large for a Markdown file (at most ${megabytes(MAX_SOURCE_BYTES)} MB). Split it into several files, or delete it if it was saved by mistake.`;
        default:
          return `\`${p.file}\` cannot be read (a broken link, or no permission to read it). Fix the link or the permissions, or delete the file.`;
      }
    },
  },
  checks: {
    source: ({ source }, { report }) => {
      if (source.kind === 'unreadable') report({ file: source.rel, ...(source.problem ? { problem: source.problem } : {}) });
    },
  },
});
