import { defineRule } from "./rule.js";
/** An image that is not PNG or JPEG (the PDF can embed only those). */
export const imageFormat = defineRule({
    id: 'image-format',
    severity: 'error',
    description: 'An image is not a PNG or JPEG file, or the file is damaged.',
    message: {
        id: (p) => p.broken
            ? `Gambar \`${p.url}\` rusak atau terpotong. Simpan ulang gambarnya dari aplikasi aslinya.`
            : `Gambar \`${p.url}\` bukan berkas PNG atau JPEG. Simpan ulang sebagai .png (diagram) atau .jpg (foto).`,
        en: (p) => p.broken
            ? `Image \`${p.url}\` is damaged or cut short. Save it again from the program that made it.`
            : `Image \`${p.url}\` is not a PNG or JPEG file. Save it again as .png (diagrams) or .jpg (photos).`,
    },
    checks: {
        image: ({ ref, position }, { report }) => {
            if (ref.status === 'format' || ref.status === 'broken')
                report({ url: ref.url, broken: ref.status === 'broken' }, { position });
        },
    },
});
