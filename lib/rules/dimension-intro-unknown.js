import { defineRule } from "./rule.js";
/** A file in dimensions/ whose name is not a dimension id. */
export const dimensionIntroUnknown = defineRule({
    id: 'dimension-intro-unknown',
    severity: 'error',
    fatal: 'always',
    description: 'A file in dimensions/ must be named after a dimension id, e.g. smart-living.md.',
    message: {
        id: (p) => `Nama berkas \`${p.file}\` bukan id dimensi, sehingga pengantarnya tidak tahu harus masuk bab mana.` +
            (p.meant ? ` Ganti namanya menjadi \`${p.meant}.md\`.` : ` Nama yang sah: ${p.allowed}.`),
        en: (p) => `The file name \`${p.file}\` is not a dimension id, so its introduction has no chapter.` +
            (p.meant ? ` Rename it to \`${p.meant}.md\`.` : ` Valid names: ${p.allowed}.`),
    },
    checks: {
        intro: (draft, { report }) => {
            if (draft.dimension.found)
                return;
            const { meant } = draft.dimension;
            report({ file: draft.rel, allowed: draft.allowed, ...(meant ? { meant } : {}) }, meant ? { suggestion: meant } : {});
        },
    },
});
