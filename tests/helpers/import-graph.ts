import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** An import from one file of src/ to another, with both paths relative to src/. */
export interface ImportEdge {
  from: string;
  to: string;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

/** Every relative import between TypeScript files under `src` (type-only imports count too). */
export function importEdges(src: string): ImportEdge[] {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(src, file), 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = path.normalize(path.join(path.dirname(file), match[1] ?? match[2]!));
      if (!target.startsWith('..')) edges.push({ from: file.split(path.sep).join('/'), to: target.split(path.sep).join('/') });
    }
  }
  return edges;
}

/** The top-level part of src/ a file belongs to: its folder, or the file itself at the root. */
export function layerOf(file: string): string {
  const [first] = file.split('/');
  return first!;
}

/** Folder-level edges: which top-level part imports which other one, with the file imports behind each. */
export function layerGraph(edges: readonly ImportEdge[]): Map<string, Map<string, ImportEdge[]>> {
  const graph = new Map<string, Map<string, ImportEdge[]>>();
  for (const edge of edges) {
    const from = layerOf(edge.from);
    const to = layerOf(edge.to);
    if (from === to) continue;
    const out = graph.get(from) ?? new Map<string, ImportEdge[]>();
    out.set(to, [...(out.get(to) ?? []), edge]);
    graph.set(from, out);
  }
  return graph;
}

/** Strongly connected groups of two or more parts (Tarjan): each is a cycle between folders. */
export function cycles(graph: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      group.push(w);
    } while (w !== v);
    if (group.length > 1) found.push(group.sort());
  };
  const nodes = new Set([...graph.keys(), ...[...graph.values()].flatMap((m) => [...m.keys()])]);
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);
  return found;
}
