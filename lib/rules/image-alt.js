import { defineRule } from "./rule.js";
/** An image without alt text: screen readers cannot describe it and the PDF has no caption. */
export const imageAlt = defineRule({
    id: 'image-alt',
    severity: 'warning',
    description: 'An image has no alt text (it also becomes the caption).',
    message: {
        id: (p) => `Gambar \`${p.url}\` belum punya teks alternatif. Tulis keterangannya di dalam kurung siku: \`![Alur layanan](${p.url})\`.`,
        en: (p) => `Image \`${p.url}\` has no alt text. Describe it in the brackets: \`![Service flow](${p.url})\`.`,
    },
    checks: {
        image: ({ alt, ref, position }, { report }) => {
            if (alt !== undefined && !alt.trim())
                report({ url: ref.url }, { position });
        },
    },
});
