import { defineRule } from "./rule.js";
/** An image outside the book project or on the internet: the book must build offline from its own files. */
export const imageOutside = defineRule({
    id: 'image-outside',
    severity: 'error',
    description: 'An image lies outside the book project or on the internet.',
    message: {
        id: (p) => p.remote
            ? `Gambar \`${p.url}\` diambil dari internet dan tidak dapat dicetak. Unduh gambarnya, simpan di \`content/assets/\`, lalu tautkan berkas itu.`
            : `Gambar \`${p.url}\` berada di luar folder buku. Salin gambarnya ke \`content/assets/\` dan tautkan dari sana.`,
        en: (p) => p.remote
            ? `Image \`${p.url}\` is on the internet and cannot be printed. Save it in \`content/assets/\` and link that file.`
            : `Image \`${p.url}\` lies outside the book folder. Copy it to \`content/assets/\` and link it from there.`,
    },
    checks: {
        image: ({ ref, position }, { report }) => {
            if (ref.status === 'remote' || ref.status === 'outside')
                report({ url: ref.url, remote: ref.status === 'remote' }, { position });
        },
    },
});
