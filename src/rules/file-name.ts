import path from 'node:path';
import { markdownName } from '../content/source.ts';
import { defineRule } from './rule.ts';

/** Markdown saved as `a.md.txt`, `b.MD` or `c.markdown`: the book reads only `.md`, so it would be left out. */
export const fileName = defineRule<{ file: string; name: string; txt: boolean }>({
  id: 'file-name',
  severity: 'warning',
  description: 'A Markdown file is named .md.txt, .MD or .markdown, so the book leaves it out.',
  message: {
    id: (p) => `Berkas \`${p.file}\` tidak masuk ke buku karena namanya tidak berakhiran \`.md\`${p.txt ? ' (Notepad menambahkan `.txt`)' : ''}. Ganti namanya menjadi \`${p.name}\`.`,
    en: (p) => `\`${p.file}\` is not in the book because its name does not end in \`.md\`${p.txt ? ' (Notepad adds `.txt`)' : ''}. Rename it to \`${p.name}\`.`,
  },
  checks: {
    source: ({ source }, { report }) => {
      if (source.kind !== 'misnamed') return;
      const name = markdownName(path.posix.basename(source.rel));
      report({ file: source.rel, name, txt: /\.txt$/i.test(source.rel) }, { suggestion: name });
    },
  },
});
