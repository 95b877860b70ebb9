const HEADING = /^h([1-6])$/;
/**
 * A fixer that shifts content headings under the heading of their container: a body `##`
 * becomes `base`, and no heading skips a level or goes past h6, so the outline stays valid.
 * Holds the previous level, so use one per block, in document order.
 */
export function headingShifter(base) {
    let previous = base - 1;
    return (node) => {
        const match = HEADING.exec(node.tagName);
        if (!match)
            return;
        const wanted = Number(match[1]) + base - 2;
        const level = Math.max(base, Math.min(wanted, previous + 1, 6));
        node.tagName = `h${level}`;
        previous = level;
    };
}
