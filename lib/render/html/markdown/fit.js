import { headingShifter } from "./headings.js";
import { imageFixer } from "./images.js";
import { collectIds, linkFixer } from "./links.js";
import { taskAndTableFixer } from "./tasks.js";
import { walkElements } from "./walk.js";
/**
 * Fit sanitised content into the page in one walk: links, images, task marks and tables,
 * heading levels. The fixers hold per-block state, so they are made fresh for each block.
 */
export function rehypeFit(options) {
    return (tree) => {
        const shiftHeading = headingShifter(options.base);
        const fixLink = linkFixer(options.links, collectIds(tree));
        const fixImage = imageFixer(options.images);
        const fixTaskOrTable = taskAndTableFixer(options.tasks);
        walkElements(tree, (node, parent, index) => {
            shiftHeading(node);
            fixLink(node);
            const replacement = fixImage(node) ?? fixTaskOrTable(node);
            if (replacement)
                parent.children[index] = replacement;
        });
    };
}
