/** The body text style. */
export function bodyStyle(bc) {
    return { font: 'regular', size: bc.theme.body.size, color: bc.theme.colors.text };
}
/** A block context for Markdown in the full text block. */
export function blockContext(bc, colour, extra = {}) {
    return {
        fonts: bc.fonts,
        theme: bc.theme,
        width: bc.g.measure,
        indent: 0,
        colour,
        base: bodyStyle(bc),
        leading: bc.theme.body.leading,
        listDepth: 0,
        captions: bc.captions.byNode,
        hidden: bc.captions.hidden,
        imageSize: bc.imageSize,
        frame: bc.flow.frame,
        images: bc.book.images,
        ...extra,
    };
}
