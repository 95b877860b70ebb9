/** Two styles draw identically and may share one text operator. */
export function sameStyle(a, b) {
    return (a.font === b.font &&
        a.size === b.size &&
        a.color === b.color &&
        a.link === b.link &&
        a.strike === b.strike &&
        a.underline === b.underline &&
        a.rise === b.rise &&
        a.background === b.background &&
        a.tracking === b.tracking &&
        a.pageOf === b.pageOf);
}
/** The same style with some properties changed. */
export function withStyle(style, change) {
    return { ...style, ...change };
}
/** The bold or italic variant of a face. */
export function emphasise(font, how) {
    if (font === 'mono')
        return font;
    if (how === 'bold')
        return font === 'italic' || font === 'boldItalic' ? 'boldItalic' : 'bold';
    return font === 'bold' || font === 'boldItalic' ? 'boldItalic' : 'italic';
}
