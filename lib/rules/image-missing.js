import { defineRule } from "./rule.js";
/** An image path that points at no file. */
export const imageMissing = defineRule({
    id: 'image-missing',
    severity: 'error',
    description: 'An image file does not exist (paths are relative to the Markdown file).',
    message: {
        id: (p) => `Gambar \`${p.url}\` tidak ditemukan. Jalurnya dihitung dari folder berkas ini; simpan gambar di \`content/assets/\` dan tulis misalnya \`../../assets/nama.png\`.`,
        en: (p) => `Image \`${p.url}\` not found. The path is relative to this file's folder; keep images in \`content/assets/\` and write e.g. \`../../assets/name.png\`.`,
    },
    checks: {
        image: ({ ref, position }, { report }) => {
            if (ref.status === 'missing')
                report({ url: ref.url }, { position });
        },
    },
});
