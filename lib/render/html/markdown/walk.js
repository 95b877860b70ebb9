/**
 * Visit every element in document order. A plain recursive walk: unist-util-visit builds
 * an ancestor stack per node, and with a thousand initiatives that was most of the render.
 */
export function walkElements(tree, visit) {
    const children = tree.children;
    for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child?.type !== 'element')
            continue;
        visit(child, tree, index);
        walkElements(child, visit);
    }
}
