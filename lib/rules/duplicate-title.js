import { looseKey } from "../diagnostics/suggest.js";
import { duplicates } from "../content/initiative.js";
import { defineRule } from "./rule.js";
/** Two initiatives with the same title: often the same programme proposed by two agencies. */
export const duplicateTitle = defineRule({
    id: 'duplicate-title',
    severity: 'warning',
    description: 'Two initiatives have the same title (often one programme proposed twice).',
    message: {
        id: (p) => `Judul \`${p.title}\` juga dipakai oleh ${p.other}. Jika programnya sama, gabungkan; jika berbeda, perjelas judulnya.`,
        en: (p) => `The title \`${p.title}\` is also used by ${p.other}. If it is the same programme, merge them; if not, make the titles distinct.`,
    },
    checks: {
        book: ({ refs }, { report }) => {
            for (const group of duplicates(refs, (r) => (r.title ? looseKey(r.title) : undefined))) {
                for (const ref of group) {
                    const others = group.filter((o) => o !== ref);
                    const other = others.map((o) => `${o.file}:${o.titlePosition.line}`).join(', ');
                    report({ title: ref.title ?? '', other }, { file: ref.file, position: ref.titlePosition, related: others.map((o) => o.file) });
                }
            }
        },
    },
});
