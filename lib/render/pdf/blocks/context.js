/** A narrower context, indented by `by` points. */
export function indented(ctx, by) {
    return { ...ctx, indent: ctx.indent + by, width: ctx.width - by };
}
/** Space between paragraphs. */
export function paragraphGap(ctx) {
    return ctx.leading * ctx.theme.body.paragraphGap;
}
