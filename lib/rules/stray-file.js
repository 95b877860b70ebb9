import { defineRule } from "./rule.js";
/** A Markdown file where the book does not look for one: it would otherwise be silently left out. */
export const strayFile = defineRule({
    id: 'stray-file',
    severity: 'error',
    fatal: 'always',
    description: 'A Markdown file lies outside front/, dimensions/, initiatives/ and back/, so it would not be in the book.',
    message: {
        id: (p) => `Berkas \`${p.file}\` tidak akan masuk ke buku karena berada di luar folder yang dikenal. Pindahkan inisiatif ke \`initiatives/\`, bab pembuka ke \`front/\`, bab penutup ke \`back/\`, atau hapus berkas ini.`,
        en: (p) => `\`${p.file}\` would not be in the book: it lies outside the known folders. Move initiatives to \`initiatives/\`, opening chapters to \`front/\`, closing chapters to \`back/\`, or delete the file.`,
    },
    checks: {
        source: ({ source }, { report }) => {
            if (source.kind === 'stray')
                report({ file: source.rel });
        },
    },
});
