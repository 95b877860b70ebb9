import { sameStyle } from "./style.js";
import { toWords } from "./words.js";
function appendText(frags, text, style, width, gaps, at) {
    const prev = frags.at(-1);
    if (prev && sameStyle(prev.style, style)) {
        prev.text += text;
        prev.width += width;
        prev.gaps += gaps;
    }
    else {
        frags.push({ text, style, x: at.x, width, gapsBefore: at.gaps, gaps });
    }
    at.x += width;
    at.gaps += gaps;
}
function setLine(words, last) {
    const frags = [];
    const at = { x: 0, gaps: 0 };
    words.forEach((word, i) => {
        for (const piece of word.pieces)
            appendText(frags, piece.text, piece.style, piece.width, 0, at);
        if (i < words.length - 1 && word.space > 0)
            appendText(frags, ' ', word.spaceStyle ?? word.pieces.at(-1).style, word.space, 1, at);
    });
    return { frags, width: at.x, gaps: at.gaps, last };
}
/** Cost of a line that must stretch its spaces: small for near-full lines, huge for gappy ones. */
function demerits(words, i, j, natural, max, last) {
    if (last || natural > max)
        return 0;
    const gaps = j - 1 - i;
    const slack = max - natural;
    // A lone word on a non-final line cannot stretch: only when nothing else fits.
    if (gaps === 0)
        return slack > 1 ? 1e16 : 0;
    const space = words[i].space || 2.7;
    const ratio = slack / (gaps * space);
    return (10 + 100 * ratio ** 3) ** 2;
}
/**
 * Optimal-fit breaking of one stretch of words (no forced breaks inside): choose the
 * breaks that minimise the summed demerits of all lines but the last, as TeX does for
 * paragraphs, so no line is left with wide gaps when an earlier break could avoid it.
 */
function fitWords(words, width, firstWidth, first) {
    const n = words.length;
    const best = new Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const from = new Array(n + 1).fill(0);
    best[0] = 0;
    for (let j = 1; j <= n; j++) {
        let natural = 0;
        for (let i = j - 1; i >= 0; i--) {
            natural += words[i].width + (i < j - 1 ? words[i].space : 0);
            const max = i === 0 && first ? firstWidth : width;
            if (natural > max + 0.01 && i < j - 1)
                break;
            const total = best[i] + demerits(words, i, j, natural, max, j === n);
            if (total < best[j]) {
                best[j] = total;
                from[j] = i;
            }
        }
    }
    const lines = [];
    for (let j = n; j > 0; j = from[j])
        lines.unshift(words.slice(from[j], j));
    return lines;
}
/** Break runs into lines of at most `width` (the first: `firstWidth`). No hyphenation; "\n" forces a break. */
export function breakLines(fonts, runs, width, firstWidth = width) {
    const words = toWords(fonts, runs, Math.min(width, firstWidth));
    const lines = [];
    let start = 0;
    for (let k = 0; k < words.length; k++) {
        if (!words[k].breakAfter && k < words.length - 1)
            continue;
        const segment = words.slice(start, k + 1);
        const set = fitWords(segment, width, firstWidth, lines.length === 0);
        set.forEach((ws, n) => lines.push(setLine(ws, n === set.length - 1)));
        start = k + 1;
    }
    return lines;
}
