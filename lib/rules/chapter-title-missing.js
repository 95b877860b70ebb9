import { defineRule } from "./rule.js";
/** A front or back chapter with neither a `title:` nor a `#` heading. */
export const chapterTitleMissing = defineRule({
    id: 'chapter-title-missing',
    severity: 'error',
    fatal: 'always',
    description: 'A front or back chapter needs a `title:` in its frontmatter or a first `#` heading.',
    message: {
        id: () => 'Bab ini tidak berjudul. Tambahkan frontmatter `title: …` atau judul `# …` di baris pertama.',
        en: () => 'This chapter has no title. Add frontmatter `title: …` or a `# …` heading on the first line.',
    },
    checks: {
        chapter: (draft, { report }) => {
            if (!draft.title)
                report({}, { position: draft.bodyStart });
        },
    },
});
