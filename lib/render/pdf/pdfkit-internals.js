/// <reference types="pdfkit" />
/**
 * pdfkit keeps several things we need off its public typings: the font object behind
 * `doc.font()` (metrics, shaping, glyph encoding), the page's font resources and the
 * document catalog (for /PageLabels). These narrow views name exactly what we touch, so a
 * pdfkit upgrade that moves them fails here and nowhere else.
 */
/** Add a bookmark under `parent` pointing at `top` (points from the page top) of the current page. */
export function addOutlineItem(parent, title, top, pageWidth) {
    // pdfkit 0.20 accepts destination options its typings omit; `left` is subtracted from
    // the page width (see PDFOutline), so the page width gives a destination at x = 0.
    const add = parent.addItem;
    return add.call(parent, title, { fit: false, top, left: pageWidth, zoom: 0, expanded: false });
}
function internals(doc) {
    // pdfkit's typings omit these members; see the file comment.
    return doc;
}
/** Register a font file, or an already parsed fontkit font (pdfkit accepts both; its typings only the first). */
export function registerFont(doc, name, src) {
    const register = doc.registerFont;
    register.call(doc, name, src);
}
/** The font object pdfkit registered under `name`. */
export function fontObject(doc, name) {
    doc.font(name);
    return internals(doc)._font;
}
/** Make `font` a resource of the current page so content streams may name it. */
export function useFontOnPage(doc, font) {
    const page = internals(doc).page;
    if (page.fonts[font.id] === undefined)
        page.fonts[font.id] = font.ref();
}
/** The document catalog's dictionary (pdfkit has no API for /PageLabels). */
export function catalog(doc) {
    return internals(doc)._root.data;
}
/** Open an image (cached by path) to learn its pixel size; pdfkit's typings omit `openImage`. */
export function openImage(doc, file) {
    const open = doc.openImage;
    return open.call(doc, file);
}
