import ranges from './coverage.json' with { type: 'json' };
import { fromRanges } from "./coverage-ranges.js";
let covered;
/**
 * Code points the book's body face can draw. Read from a precomputed table so `check`
 * need not load fontkit; `npm run fonts` regenerates it and a test keeps it in step with the font.
 */
export function coveredCodePoints() {
    covered ??= fromRanges(ranges);
    return covered;
}
