import { defineRule } from './rule.ts';

/** A rule name in book.yml `rules.severity` that the check does not have. */
export const unknownRule = defineRule<{ name: string; meant?: string }>({
  id: 'unknown-rule',
  severity: 'warning',
  description: 'book.yml `rules.severity` names a rule that does not exist.',
  message: {
    id: (p) => `Aturan \`${p.name}\` tidak ada, jadi pengaturannya tidak berpengaruh.` + (p.meant ? ` Maksud Anda \`${p.meant}\`?` : ' Lihat daftar aturan di README.'),
    en: (p) => `There is no rule \`${p.name}\`, so this setting has no effect.` + (p.meant ? ` Did you mean \`${p.meant}\`?` : ' See the list of rules in the README.'),
  },
});
