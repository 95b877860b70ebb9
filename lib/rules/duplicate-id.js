import { duplicates } from "../content/initiative.js";
import { defineRule } from "./rule.js";
/** Two initiatives share an id; each file is told where the other one is. */
export const duplicateId = defineRule({
    id: 'duplicate-id',
    severity: 'error',
    description: 'Two initiatives have the same id (from `id:` or the file name).',
    message: {
        id: (p) => `Id \`${p.id}\` juga dipakai oleh ${p.other}. Setiap inisiatif perlu id yang unik: ubah \`id:\` atau nama berkas salah satunya.`,
        en: (p) => `The id \`${p.id}\` is also used by ${p.other}. Every initiative needs a unique id: change \`id:\` or the file name of one of them.`,
    },
    checks: {
        // Each file of a duplicate, naming the others (also in `related`, for `check --changed`).
        book: ({ refs }, { report }) => {
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
