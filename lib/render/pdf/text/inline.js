import { eachNode } from "../../../model/each-node.js";
import { emphasise, withStyle } from "./style.js";
/**
 * Footnote numbers of one initiative or chapter, in order of first reference, and the
 * link definitions (`[ref]: url`) that its reference-style links point at.
 */
export class Footnotes {
    scope;
    numbers = new Map();
    links = new Map();
    constructor(scope, body) {
        this.scope = scope;
        if (body)
            eachNode(body, 'definition', (d) => this.links.set(d.identifier.toLowerCase(), d.url));
    }
    /** The number of a footnote, assigned on first reference. */
    number(identifier) {
        const key = identifier.toLowerCase();
        let n = this.numbers.get(key);
        if (n === undefined) {
            n = this.numbers.size + 1;
            this.numbers.set(key, n);
        }
        return n;
    }
    /** Named destination of a footnote's text. */
    dest(n) {
        return `_fn-${this.scope}-${n}`;
    }
}
function linkOf(url) {
    if (url.startsWith('#') && url.length > 1)
        return { dest: decodeURIComponent(url.slice(1)) };
    if (/^(https?:|mailto:)/i.test(url))
        return { url };
    return undefined;
}
function children(nodes, style, ctx) {
    return nodes.flatMap((n) => phrasing(n, style, ctx));
}
function phrasing(node, style, ctx) {
    const c = ctx.theme.colors;
    switch (node.type) {
        case 'text':
            return [{ text: node.value.normalize('NFC'), style }];
        case 'strong':
            return children(node.children, withStyle(style, { font: emphasise(style.font, 'bold') }), ctx);
        case 'emphasis':
            return children(node.children, withStyle(style, { font: emphasise(style.font, 'italic') }), ctx);
        case 'delete':
            return children(node.children, withStyle(style, { strike: true }), ctx);
        case 'inlineCode':
            return [{ text: node.value.normalize('NFC'), style: withStyle(style, { font: 'mono', size: style.size * 0.88, background: c.inlineCode }) }];
        case 'link': {
            const link = linkOf(node.url);
            return children(node.children, link ? withStyle(style, { link, color: c.link }) : style, ctx);
        }
        case 'break':
            return [{ text: '\n', style }];
        case 'footnoteReference': {
            if (!ctx.footnotes)
                return [];
            const n = ctx.footnotes.number(node.identifier);
            const size = style.size * 0.68;
            return [{ text: String(n), style: withStyle(style, { size, rise: style.size * 0.36, color: c.link, link: { dest: ctx.footnotes.dest(n) } }) }];
        }
        case 'image':
        case 'imageReference':
            return node.alt ? [{ text: node.alt, style: withStyle(style, { font: emphasise(style.font, 'italic') }) }] : [];
        case 'linkReference': {
            const url = ctx.footnotes?.links.get(node.identifier.toLowerCase());
            const link = url === undefined ? undefined : linkOf(url);
            return children(node.children, link ? withStyle(style, { link, color: c.link }) : style, ctx);
        }
        case 'html':
            return [];
        default:
            return [];
    }
}
/** Runs of styled text for a paragraph's or heading's inline content. */
export function inlineRuns(nodes, style, ctx) {
    return children(nodes, style, ctx);
}
/** Plain runs from a string. */
export function plain(text, style) {
    return [{ text: text.normalize('NFC'), style }];
}
