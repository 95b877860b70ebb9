import type { Code } from 'mdast';
import type { Box } from '../flow/box.ts';
import { adopt, structNode } from '../flow/structure.ts';
import type { Line } from '../text/break-lines.ts';
import { withStyle, type TextStyle } from '../text/style.ts';
import type { Block, BlockContext } from './context.ts';

/** Cut one source line into pieces of at most `max` characters, preferring to break after a space. */
export function wrapCodeLine(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (Array.from(rest).length > max) {
    const chars = Array.from(rest);
    const head = chars.slice(0, max).join('');
    const space = head.lastIndexOf(' ');
    const cut = space > max / 2 ? space + 1 : head.length;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

function setCode(text: string, style: TextStyle, width: number): Line {
  return { frags: [{ text, style, x: 0, width, gapsBefore: 0, gaps: 0 }], width, gaps: 0, last: true };
}

/** A code block: monospace on a light grey panel, long lines wrapped (never clipped). */
export function drawCode(node: Code, ctx: BlockContext): Block {
  const t = ctx.theme.code;
  const style = withStyle(ctx.base, { font: 'mono', size: t.size, color: ctx.theme.colors.text });
  const charWidth = ctx.fonts.width('mono', 'M', t.size);
  const inner = ctx.width - 2 * t.padding;
  const max = Math.max(8, Math.floor(inner / charWidth));
  const source = node.value.replace(/\t/g, '    ').normalize('NFC').split(/\r?\n/);
  const pieces = source.flatMap((l) => wrapCodeLine(l, max));
  const panel = (p: Parameters<NonNullable<Box['paint']>>[0], x: number, y: number, h: number): void =>
    p.fill(x + ctx.indent, y, ctx.width, h, ctx.theme.colors.panel);
  const pad: Box = { height: t.padding, keep: true, paint: (p, x, y) => panel(p, x, y, t.padding) };
  const lines = pieces.map((text, i): Box => {
    const line = setCode(text, style, ctx.fonts.width('mono', text, t.size));
    const n = pieces.length;
    return {
      height: t.leading,
      keep: i === 0 || i === n - 2 || i === n - 1,
      paint: (p, x, y) => {
        panel(p, x, y, t.leading);
        if (text) p.line(line, x + ctx.indent + t.padding, y, t.leading, inner, 'left');
      },
    };
  });
  return { boxes: adopt([pad, ...lines, { ...pad, keep: false }], structNode('Code')), before: 10, after: 10 };
}
