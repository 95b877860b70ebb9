import { defineRule } from "./rule.js";
/** The element does not belong to the initiative's dimension. */
export const elementUnknown = defineRule({
    id: 'element-unknown',
    severity: 'error',
    description: "The element is not one of its dimension's elements.",
    message: {
        id: (p) => `Elemen \`${p.found}\` bukan elemen dimensi ${p.dimension}.` +
            (p.elsewhere ? ` Elemen ini milik dimensi \`${p.elsewhere}\`: periksa \`dimension\`.` : '') +
            (p.meant ? ` Maksud Anda \`${p.meant}\`?` : '') +
            ` Elemen yang sah: ${p.allowed}.`,
        en: (p) => `\`${p.found}\` is not an element of ${p.dimension}.` +
            (p.elsewhere ? ` It belongs to \`${p.elsewhere}\`: check \`dimension\`.` : '') +
            (p.meant ? ` Did you mean \`${p.meant}\`?` : '') +
            ` Valid elements: ${p.allowed}.`,
    },
    checks: {
        // When this is not an error, the initiative is printed under "Lainnya".
        initiative: ({ element }, { report }) => {
            if (!element || element.found)
                return;
            const { meant, elsewhere, dimension } = element;
            const allowed = dimension.elements.map((e) => e.id).join(', ');
            const params = { found: element.written, dimension: dimension.id, allowed, ...(meant ? { meant } : {}), ...(elsewhere ? { elsewhere: elsewhere.id } : {}) };
            report(params, { path: element.path, ...(meant ? { suggestion: meant } : {}) });
        },
    },
});
