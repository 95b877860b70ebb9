import type { InitiativeRef } from '../content/resolve-initiative.ts';
import { looseKey } from '../diagnostics/suggest.ts';
import { defineRule } from './rule.ts';
import type { Reporter } from './rule.ts';

/** Two initiatives with the same title: often the same programme proposed by two agencies. */
export const duplicateTitle = defineRule<{ title: string; other: string }>({
  id: 'duplicate-title',
  severity: 'warning',
  description: 'Two initiatives have the same title (often one programme proposed twice).',
  message: {
    id: (p) => `Judul \`${p.title}\` juga dipakai oleh ${p.other}. Jika programnya sama, gabungkan; jika berbeda, perjelas judulnya.`,
    en: (p) => `The title \`${p.title}\` is also used by ${p.other}. If it is the same programme, merge them; if not, make the titles distinct.`,
  },
});

/** Report titles used by more than one initiative, on each file. */
export function checkDuplicateTitles(refs: readonly InitiativeRef[], reporter: Reporter): void {
  const byTitle = new Map<string, InitiativeRef[]>();
  for (const ref of refs) if (ref.title) byTitle.set(looseKey(ref.title), [...(byTitle.get(looseKey(ref.title)) ?? []), ref]);
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const ref of group) {
      const others = group.filter((o) => o !== ref);
      const other = others.map((o) => `${o.file}:${o.titlePosition.line}`).join(', ');
      reporter.report(duplicateTitle, ref.file, ref.titlePosition, { title: ref.title ?? '', other }, undefined, others.map((o) => o.file));
    }
  }
}
