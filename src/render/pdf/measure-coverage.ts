import * as fontkit from 'fontkit';
import { fontPath } from './fonts.ts';
import { theme } from './theme.ts';
import { toRanges } from '../../fonts/coverage-ranges.ts';

/** Code point ranges the theme's body face draws, read from the font file itself (slow: loads fontkit). */
export function measureCoverage(): [number, number][] {
  const font = fontkit.openSync(fontPath(theme.fonts.regular)) as fontkit.Font;
  return toRanges(font.characterSet);
}
