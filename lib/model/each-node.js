/**
 * Call `fn` for every node of `type` in document order. A plain recursive walk: the body
 * rules run on every file, and unist-util-visit's generality costs several times more.
 */
export function eachNode(root, type, fn) {
    const walk = (node) => {
        if (node.type === type)
            fn(node);
        if ('children' in node)
            for (const child of node.children)
                walk(child);
    };
    walk(root);
}
