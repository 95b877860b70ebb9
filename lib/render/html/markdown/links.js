import path from 'node:path';
import { walkElements } from "./walk.js";
function decode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** Every id in a block (after sanitize gave them the block's prefix). */
export function collectIds(tree) {
    const ids = new Set();
    walkElements(tree, (node) => {
        if (typeof node.properties.id === 'string')
            ids.add(node.properties.id);
    });
    return ids;
}
function isFootnoteLink(node) {
    return node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined;
}
function fragmentTarget(node, fragment, local, options) {
    const scoped = `${options.scope}__${fragment}`;
    if (isFootnoteLink(node) && local.has(scoped))
        return scoped;
    if (options.isAnchor(fragment))
        return fragment;
    return local.has(scoped) ? scoped : undefined;
}
function fileTarget(href, options) {
    if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(href))
        return undefined;
    const [file] = href.split(/[?#]/);
    if (!file || !file.endsWith('.md'))
        return undefined;
    return options.fileAnchors.get(path.resolve(options.baseDir, decode(file)));
}
/**
 * A fixer that makes in-page links of content work after sanitize prefixed its ids: `#fn-1`
 * goes to this block's footnote, `#tossa` to the initiative, `tossa.md` to its anchor.
 */
export function linkFixer(options, local) {
    return (node) => {
        const href = node.tagName === 'a' ? node.properties.href : undefined;
        if (typeof href !== 'string')
            return;
        const target = href.startsWith('#') ? fragmentTarget(node, decode(href.slice(1)), local, options) : fileTarget(href, options);
        if (target !== undefined)
            node.properties.href = `#${target}`;
    };
}
