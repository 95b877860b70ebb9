import { duplicates } from '../content/initiative.ts';
import { GENERATED_ANCHORS } from '../model/anchors.ts';
import { defineRule } from './rule.ts';

/**
 * Two initiatives share an id; each file is told where the other one is. An id that is a
 * chapter's (`smart-governance`) or a part the book generates (`lampiran-peta-jalan`) would
 * take that chapter's contents entry and links: it is a duplicate too.
 */
export const duplicateId = defineRule<{ id: string; other: string; chapter?: boolean }>({
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two initiatives have the same id (from `id:` or the file name).',
  message: {
    id: (p) =>
      p.chapter
        ? `Id \`${p.id}\` adalah milik ${p.other} di buku, sehingga tautan dan daftar isi akan menunjuk ke inisiatif ini. Ubah \`id:\` atau nama berkasnya, misalnya \`${p.id}-inisiatif\`.`
        : `Id \`${p.id}\` juga dipakai oleh ${p.other}. Setiap inisiatif perlu id yang unik: ubah \`id:\` atau nama berkas salah satunya.`,
    en: (p) =>
      p.chapter
        ? `The id \`${p.id}\` belongs to ${p.other} in the book, so links and the contents would point at this initiative. Change \`id:\` or the file name, e.g. \`${p.id}-initiative\`.`
        : `The id \`${p.id}\` is also used by ${p.other}. Every initiative needs a unique id: change \`id:\` or the file name of one of them.`,
  },
  checks: {
    // Each file of a duplicate, naming the others (also in `related`, for `check --changed`).
    book: ({ refs, book }, { report, lang }) => {
      const taken = new Map<string, string>();
      for (const chapter of book.chapters) taken.set(chapter.id, lang === 'id' ? `bab ${chapter.title}` : `the chapter ${chapter.title}`);
      for (const anchor of Object.values(GENERATED_ANCHORS)) taken.set(anchor, lang === 'id' ? `bagian buku \`${anchor}\`` : `the book's part \`${anchor}\``);
      for (const ref of refs) {
        const owner = taken.get(ref.id);
        if (owner) report({ id: ref.id, other: owner, chapter: true }, { file: ref.file, position: ref.idPosition });
      }
      for (const group of duplicates(refs, (r) => r.id)) {
        for (const ref of group) {
          const others = group.filter((o) => o !== ref);
          const other = others.map((o) => `${o.file}:${o.idPosition.line}`).join(', ');
          report({ id: ref.id, other }, { file: ref.file, position: ref.idPosition, related: others.map((o) => o.file) });
        }
      }
    },
  },
});
