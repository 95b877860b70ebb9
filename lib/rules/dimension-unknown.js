import { defineRule } from "./rule.js";
/** The dimension is not one of the six; the nearest one is suggested. */
export const dimensionUnknown = defineRule({
    id: 'dimension-unknown',
    severity: 'error',
    fatal: 'always',
    description: 'The dimension is not one of the six smart-city dimensions.',
    message: {
        id: (p) => `Dimensi \`${p.found}\` tidak dikenal.` +
            (p.meant ? ` Maksud Anda \`${p.meant}\`? Tulis \`dimension: ${p.meant}\`.` : ` Pilih salah satu: ${p.allowed}.`),
        en: (p) => `Unknown dimension \`${p.found}\`.` + (p.meant ? ` Did you mean \`${p.meant}\`? Write \`dimension: ${p.meant}\`.` : ` Choose one of: ${p.allowed}.`),
    },
    checks: {
        initiative: ({ dimension, config }, { report }) => {
            if (!dimension || dimension.found)
                return;
            const allowed = config.dimensions.map((d) => d.id).join(', ');
            const { meant } = dimension;
            report({ found: dimension.written, allowed, ...(meant ? { meant } : {}) }, { path: dimension.path, ...(meant ? { suggestion: meant } : {}) });
        },
    },
});
