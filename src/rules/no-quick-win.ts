import { withoutQuickWin } from '../model/summary.ts';
import { defineRule } from './rule.ts';

/** A dimension without a quick win: Kominfo evaluates quick wins, and cities usually have one per dimension. */
export const noQuickWin = defineRule<{ dimension: string }>({
  id: 'no-quick-win',
  severity: 'warning',
  description: 'A dimension has no quick win.',
  message: {
    id: (p) => `Dimensi ${p.dimension} belum memiliki quick win. Tandai program unggulan yang dapat selesai tahun ini atau tahun depan dengan \`quick_win: true\`.`,
    en: (p) => `The dimension ${p.dimension} has no quick win yet. Mark a flagship programme that can be delivered this year or next with \`quick_win: true\`.`,
  },
  checks: {
    // Only once every initiative file is in the book without errors: a broken quick win would be miscounted.
    book: ({ book, intros, file, complete }, { report }) => {
      if (!complete) return;
      for (const { id } of withoutQuickWin(book.chapters)) report({ dimension: id }, { file: intros.get(id) ?? file });
    },
  },
});
