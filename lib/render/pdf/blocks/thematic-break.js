/** A thematic break: a short centred rule with space around it. */
export function drawThematicBreak(ctx) {
    const height = ctx.theme.body.leading;
    const w = Math.min(120, ctx.width / 3);
    return {
        boxes: [{ height, paint: (p, x, y) => p.rule(x + ctx.indent + (ctx.width - w) / 2, y + height / 2, x + ctx.indent + (ctx.width + w) / 2, y + height / 2, ctx.theme.colors.rule, 0.8) }],
        before: height / 2,
        after: height / 2,
    };
}
