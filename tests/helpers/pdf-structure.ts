import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** An element of a tagged PDF's structure tree, with the text of its own marked content. */
export interface StructElement {
  role: string;
  alt?: string;
  /** 0-based page the element (or this part of it) is on. */
  page: number;
  /** Text of the element's own content, without its child elements'. */
  text: string;
  children: StructElement[];
}

/** What a reader of the tagged PDF gets: per page, the structure tree; and the text that is marked as an artifact. */
export interface TaggedPdf {
  pages: StructElement[];
  artifacts: string[];
  /** Text on the pages that is neither in the structure nor an artifact (a PDF/UA fault). */
  unmarked: string[];
}

interface PdfjsNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: PdfjsNode[];
}

interface MarkedItem {
  type?: string;
  id?: string;
  tag?: string;
  str?: string;
}

/**
 * pdfjs gives each page the whole of every element it touches, so a table continued
 * from the page before brings its header row along, empty: those parts, with no
 * content on this page, are left out.
 */
function convert(node: PdfjsNode, page: number, texts: ReadonlyMap<string, string>): StructElement | undefined {
  const own: string[] = [];
  const children: StructElement[] = [];
  let content = false;
  for (const child of node.children ?? []) {
    if (child.type === 'content' && child.id) {
      content = true;
      own.push(texts.get(child.id) ?? '');
    } else if (child.role) {
      const kid = convert(child, page, texts);
      if (kid) children.push(kid);
    }
  }
  if (!content && children.length === 0 && node.role !== 'Root') return undefined;
  return { role: node.role ?? '', ...(node.alt ? { alt: node.alt } : {}), page, text: own.join(' ').replace(/\s+/g, ' ').trim(), children };
}

/** Read a tagged PDF's structure tree page by page (pdfjs `getStructTree`) with the text of each marked-content id. */
export async function readStructure(buffer: Buffer): Promise<TaggedPdf> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: StructElement[] = [];
  const artifacts: string[] = [];
  const unmarked: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    const stack: { id?: string; artifact: boolean }[] = [];
    for (const item of content.items as MarkedItem[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push({ ...(item.id ? { id: item.id } : {}), artifact: item.tag === 'Artifact' });
      else if (item.type === 'endMarkedContent') stack.pop();
      else if (typeof item.str === 'string' && item.str.trim()) {
        const top = stack.at(-1);
        if (stack.some((s) => s.artifact)) artifacts.push(item.str);
        else if (top?.id) texts.set(top.id, `${texts.get(top.id) ?? ''} ${item.str}`);
        else unmarked.push(item.str);
      }
    }
    const tree = (await page.getStructTree()) as PdfjsNode | null;
    pages.push(convert({ role: 'Root', ...tree }, n - 1, texts)!);
  }
  await doc.destroy();
  return { pages, artifacts, unmarked };
}

/** Every element in reading order (depth first, page after page). */
export function walk(tagged: TaggedPdf): StructElement[] {
  const out: StructElement[] = [];
  const visit = (e: StructElement) => {
    out.push(e);
    e.children.forEach(visit);
  };
  tagged.pages.forEach(visit);
  return out;
}

/** All text of an element and its descendants. */
export function textOf(e: StructElement): string {
  return [e.text, ...e.children.map(textOf)].filter(Boolean).join(' ');
}
