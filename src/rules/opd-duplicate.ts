import { defineRule } from './rule.ts';

/** Two registry entries share an id or a name, so a reference to it would be ambiguous. */
export const opdDuplicate = defineRule<{ name: string; other: string }>({
  id: 'opd-duplicate',
  severity: 'error',
  description: 'Two OPD registry entries in book.yml share an id, short name, full name or alias.',
  message: {
    id: (p) => `Nama \`${p.name}\` sudah dipakai OPD \`${p.other}\` di daftar OPD. Setiap id, singkatan, nama dan alias harus unik.`,
    en: (p) => `The name \`${p.name}\` is already used by OPD \`${p.other}\` in the registry. Every id, short name, name and alias must be unique.`,
  },
});
