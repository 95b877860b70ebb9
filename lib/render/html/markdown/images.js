import { h } from "../h.js";
/** A remote or unusable image is shown as a link or its alt text: the page never loads anything from outside. */
function replacement(node, src, missing) {
    const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() ? node.properties.alt : undefined;
    if (src && /^https?:\/\//i.test(src))
        return h('a', { href: src, className: ['remote-image'] }, alt ?? src);
    return h('span', { className: ['image-missing'] }, `[${alt ?? missing}]`);
}
/** The page URL of an image the check accepted; anything else is not shown. */
function localImage(src, options) {
    const ref = options.images(options.file, src);
    return ref.status === 'ok' && ref.file ? options.assets.add(ref.file) : undefined;
}
/**
 * A fixer that copies each content image the check accepted into the page's assets and
 * points it there; any other image (outside the book, missing, damaged, remote) is
 * replaced (the replacement is returned), never loaded.
 */
export function imageFixer(options) {
    return (node) => {
        if (node.tagName !== 'img')
            return undefined;
        const src = typeof node.properties.src === 'string' ? node.properties.src : undefined;
        const url = src ? localImage(src, options) : undefined;
        if (!url)
            return replacement(node, src, options.missing);
        node.properties.src = url;
        node.properties.alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
        return undefined;
    };
}
