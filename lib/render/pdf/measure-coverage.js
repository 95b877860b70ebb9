import * as fontkit from 'fontkit';
import { fontPath } from "./fonts.js";
import { theme } from "./theme.js";
import { toRanges } from "../../fonts/coverage-ranges.js";
/** Code point ranges the theme's body face draws, read from the font file itself (slow: loads fontkit). */
export function measureCoverage() {
    const font = fontkit.openSync(fontPath(theme.fonts.regular));
    return toRanges(font.characterSet);
}
