import { looseKey } from "../diagnostics/suggest.js";
import { OpdEntry } from "../schema/book.js";
import { defineRule } from "./rule.js";
/** Every name of a registry entry with its YAML path: id, short name, full name, aliases. */
function namesOf(entry, index) {
    const names = [
        [entry.id, ['opd', index, 'id']],
        [entry.short ?? '', ['opd', index, 'short']],
        [entry.name, ['opd', index, 'name']],
    ];
    (entry.aliases ?? []).forEach((a, k) => names.push([a, ['opd', index, 'aliases', k]]));
    return names;
}
/** Two registry entries share an id or a name, so a reference to it would be ambiguous. */
export const opdDuplicate = defineRule({
    id: 'opd-duplicate',
    severity: 'error',
    description: 'Two OPD registry entries in book.yml share an id, short name, full name or alias.',
    message: {
        id: (p) => `Nama \`${p.name}\` sudah dipakai OPD \`${p.other}\` di daftar OPD. Setiap id, singkatan, nama dan alias harus unik.`,
        en: (p) => `The name \`${p.name}\` is already used by OPD \`${p.other}\` in the registry. Every id, short name, name and alias must be unique.`,
    },
    checks: {
        // Entries as written, so positions stay right when an invalid entry is left out of the registry.
        config: ({ data }, { report }) => {
            const written = data?.opd;
            if (!Array.isArray(written))
                return;
            const seen = new Map();
            written.forEach((item, index) => {
                const parsed = OpdEntry.safeParse(item);
                if (!parsed.success)
                    return;
                const own = new Set();
                for (const [name, path] of namesOf(parsed.data, index)) {
                    const loose = looseKey(name);
                    if (!name || own.has(loose))
                        continue;
                    own.add(loose);
                    const other = seen.get(loose);
                    if (other !== undefined && other !== parsed.data.id)
                        report({ name, other }, { path });
                    else
                        seen.set(loose, parsed.data.id);
                }
            });
        },
    },
});
