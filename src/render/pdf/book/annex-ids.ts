import type { BookContext } from './context.ts';

/** The three annexes in order: title and anchor. */
export function annexTitles(bc: BookContext): { id: string; title: string }[] {
  const { anchors } = bc.book;
  return [
    { id: anchors.quickWins, title: bc.labels.quickWinList },
    { id: anchors.matrix, title: bc.labels.opdMatrix },
    { id: anchors.perOpd, title: bc.labels.initiativesPerOpd },
  ];
}
