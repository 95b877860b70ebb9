import { defineRule } from './rule.ts';

/** Two initiatives share an id; each file is told where the other one is. */
export const duplicateId = defineRule<{ id: string; other: string }>({
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two initiatives have the same id (from `id:` or the file name).',
  message: {
    id: (p) => `Id \`${p.id}\` juga dipakai oleh ${p.other}. Setiap inisiatif perlu id yang unik: ubah \`id:\` atau nama berkas salah satunya.`,
    en: (p) => `The id \`${p.id}\` is also used by ${p.other}. Every initiative needs a unique id: change \`id:\` or the file name of one of them.`,
  },
});
