import { showPath } from "../diagnostics/describe.js";
import { defineRule } from "./rule.js";
/** The OPD is not in the book's registry under any id, short name, full name or alias. */
export const opdUnknown = defineRule({
    id: 'opd-unknown',
    severity: 'error',
    description: "The OPD is not in book.yml's registry (by id, short name, full name or alias).",
    message: {
        id: (p) => `OPD \`${p.found}\` (di \`${p.key}\`) tidak ada di daftar OPD ${p.file}.` +
            (p.meant ? ` Maksud Anda \`${p.meant}\`?` : ' Tulis id, singkatan atau nama lengkap OPD dari daftar, atau minta koordinator menambahkannya.'),
        en: (p) => `OPD \`${p.found}\` (in \`${p.key}\`) is not in the registry of ${p.file}.` +
            (p.meant ? ` Did you mean \`${p.meant}\`?` : ' Use the id, short name or full name of a registry OPD, or ask the coordinator to add it.'),
    },
    checks: {
        // When this is not an error, the agency is printed as written, in every edition and count.
        initiative: ({ opds, config }, { report }) => {
            for (const ref of opds) {
                if (ref.found)
                    continue;
                const params = { key: showPath(ref.path), found: ref.written, file: config.file, ...(ref.meant ? { meant: ref.meant } : {}) };
                report(params, { path: ref.path, ...(ref.meant ? { suggestion: ref.meant } : {}) });
            }
        },
    },
});
