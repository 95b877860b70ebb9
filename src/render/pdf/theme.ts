import themeData from '../../../templates/pdf-theme.json' with { type: 'json' };

/** A font size with its line height, in points. */
export interface TypeSize {
  size: number;
  leading: number;
}

/** A heading style: size, leading, and space before and after, in points. */
export interface HeadingStyle extends TypeSize {
  before: number;
  after: number;
}

/** Where a font face comes from: an npm package and a file inside it. */
export interface FontSource {
  package: string;
  file: string;
}

/** The font faces the book uses. */
export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';

/** The look of the PDF, read from templates/pdf-theme.json (shared with design.md). */
export interface Theme {
  paper: Record<'A4' | 'F4', { width: number; height: number }>;
  marginsMm: { top: number; bottom: number; inner: number; outer: number };
  fonts: Record<FontKey, FontSource>;
  colors: Record<'text' | 'muted' | 'faint' | 'rule' | 'hairline' | 'panel' | 'inlineCode' | 'link' | 'draft' | 'white', string>;
  body: TypeSize & { paragraphGap: number; align: string };
  small: TypeSize;
  footnote: TypeSize;
  code: TypeSize & { padding: number };
  table: TypeSize & { padX: number; padY: number; tint: number };
  facts: TypeSize & { labelRatio: number };
  headings: {
    chapterLabel: { size: number; tracking: number };
    chapterTitle: TypeSize;
    section: HeadingStyle;
    initiative: HeadingStyle;
    h2: HeadingStyle;
    h3: HeadingStyle;
    h4: HeadingStyle;
  };
  chapterOpening: { dropMm: number; ruleWidth: number; ruleHeight: number; afterRule: number; bandHeight: number };
  runningHead: { size: number; baselineMm: number; ruleMm: number };
  folio: { size: number; baselineMm: number };
  contents: TypeSize & { chapterGap: number; pageColumn: number };
  draftMark: { size: number; angle: number };
  keepWithNextLines: number;
  badge: { size: number; padX: number; height: number };
  /** Bar charts of the executive summary: bar thickness, gap between rows, label column share, room for values, legend height. */
  chart: { bar: number; rowGap: number; labelShare: number; valueRoom: number; legend: number };
  /** Roadmap rows: line height and padding. */
  roadmap: { leading: number; pad: number };
  /** Signature blocks: share of the measure; height of a signer on the approval sheet. */
  signature: { widthShare: number; signerHeight: number };
  /** The mark of a new or changed initiative: gap from the text block, bar width, size of its word. */
  changeMark: { gap: number; bar: number; size: number };
}

/** The default theme. */
export const theme: Theme = themeData;

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** Page size and the text block, in points, for one paper format. */
export interface Geometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  inner: number;
  outer: number;
  /** Width of the text block (the same on both sides of a spread). */
  measure: number;
}

/** The page geometry for A4 or F4. */
export function geometry(paper: 'A4' | 'F4', t: Theme = theme): Geometry {
  const { width, height } = t.paper[paper];
  const m = t.marginsMm;
  const inner = m.inner * MM;
  const outer = m.outer * MM;
  return { width, height, top: m.top * MM, bottom: height - m.bottom * MM, inner, outer, measure: width - inner - outer };
}

/**
 * A landscape page of the same paper (width and height swapped) for a table too wide for
 * the portrait text block. Its side margins are equal: once bound, the page is turned
 * either way, so neither side is the binding edge. Head and foot margins stay the same,
 * so the running head and folio sit where they do on every other page.
 */
export function landscape(g: Geometry): Geometry {
  const side = (g.inner + g.outer) / 2;
  return { width: g.height, height: g.width, top: g.top, bottom: g.width - (g.height - g.bottom), inner: side, outer: side, measure: g.height - 2 * side };
}

/** Left edge of the text block: the binding margin is on the left of right-hand (odd) pages. */
export function leftEdge(g: Geometry, physicalPage: number): number {
  return physicalPage % 2 === 1 ? g.inner : g.outer;
}
