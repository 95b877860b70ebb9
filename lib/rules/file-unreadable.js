import { defineRule } from "./rule.js";
/** A Markdown file that cannot be read: a broken link or missing permission. */
export const fileUnreadable = defineRule({
    id: 'file-unreadable',
    severity: 'error',
    fatal: 'always',
    description: 'A Markdown file cannot be read (a broken link, or no permission to read it).',
    message: {
        id: (p) => `Berkas \`${p.file}\` tidak dapat dibaca (tautan rusak atau tidak ada izin membaca). Perbaiki tautan atau izinnya, atau hapus berkas ini.`,
        en: (p) => `\`${p.file}\` cannot be read (a broken link, or no permission to read it). Fix the link or the permissions, or delete the file.`,
    },
    checks: {
        source: ({ source }, { report }) => {
            if (source.kind === 'unreadable')
                report({ file: source.rel });
        },
    },
});
