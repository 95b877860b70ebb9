/** The annexes, in book order. */
export const ANNEX_KEYS = ['initiatives', 'quickWins', 'matrix', 'perOpd', 'roadmap', 'indicators'];
