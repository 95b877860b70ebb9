import { defaultSchema } from 'rehype-sanitize';
/** Elements removed with everything inside them (the default only strips `<script>`; the others would leave their text behind). */
const STRIP = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'textarea', 'select', 'frame', 'frameset', 'noembed', 'noframes', 'xmp', 'title'];
/**
 * Not allowed from content although GitHub's schema allows them: `picture`/`source` (a
 * `srcset` is not protocol-checked and would load remote images), and `tabIndex`/`accessKey`
 * (content must not reorder keyboard focus or steal shortcuts of the page).
 */
const DROP_TAGS = new Set(['picture', 'source']);
const DROP_ATTRIBUTES = new Set(['tabIndex', 'accessKey']);
/**
 * The sanitize schema for one block of content. Ids, names and ARIA references from content
 * get the prefix `<scope>__`: no slug contains `__`, so content can never clobber a book
 * anchor (an initiative id, `#toc`…) or another block's footnotes.
 */
export function sanitizeSchema(scope) {
    const attributes = { ...defaultSchema.attributes };
    attributes['*'] = (attributes['*'] ?? []).filter((a) => typeof a !== 'string' || !DROP_ATTRIBUTES.has(a));
    return {
        ...defaultSchema,
        tagNames: (defaultSchema.tagNames ?? []).filter((t) => !DROP_TAGS.has(t)),
        attributes,
        strip: STRIP,
        clobberPrefix: `${scope}__`,
        protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
    };
}
