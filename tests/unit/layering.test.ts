import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importEdges, layerGraph, layerOf, type ImportEdge } from '../helpers/import-graph.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Each cycle with the file imports that close it, for a failure message that says what to move. */
function explain(graph: ReturnType<typeof layerGraph>, groups: string[][]): string[] {
  return groups.flatMap((group) =>
    group.flatMap((from) => group.flatMap((to) => (graph.get(from)?.get(to) ?? []).slice(0, 2).map((e) => `${group.join(' ↔ ')}: ${e.from} → ${e.to}`))),
  );
}

describe('layering of src/', () => {
  const edges = importEdges(SRC);
  const graph = layerGraph(edges);

  it('reads the imports (a check that the reader itself works)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'pipeline/validate.ts', to: 'rules/run.ts' });
  });

  it('has no cycle between top-level folders', () => {
    expect(explain(graph, cycles(graph))).toEqual([]);
  });

  it('keeps the renderers on the model: render/ imports neither config/ nor content/', () => {
    const wrong = edges.filter((e) => layerOf(e.from) === 'render' && ['config', 'content'].includes(layerOf(e.to)));
    expect(wrong).toEqual([]);
  });

  it('keeps the terminal out of the lower layers: nothing but cli/ and index.ts imports cli/', () => {
    const wrong = edges.filter((e) => layerOf(e.to) === 'cli' && !['cli', 'index.ts'].includes(layerOf(e.from)));
    expect(wrong).toEqual([]);
  });

  it('keeps the PDF layout engine apart from the book: flow, text, table and paint import neither the Book model nor the book design', () => {
    const engine = /^render\/pdf\/(flow|text|table|paint)\//;
    const wrong = edges.filter((e) => engine.test(e.from) && (e.to === 'model/book.ts' || e.to.startsWith('render/pdf/book/')));
    expect(wrong).toEqual([]);
    // The reader sees the engine's files (a check that the pattern matches something).
    expect(edges.some((e) => engine.test(e.from))).toBe(true);
  });

  it('would have failed on the first release, whose folders formed one cycle', () => {
    const lines = readFileSync(path.resolve(import.meta.dirname, '../fixtures/layering/first-release.txt'), 'utf8').split('\n');
    const old: ImportEdge[] = lines.filter((l) => l.includes(' -> ')).map((l) => {
      const [from, to] = l.split(' -> ') as [string, string];
      return { from, to };
    });
    const found = cycles(layerGraph(old));
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(expect.arrayContaining(['config', 'content', 'rules', 'diagnostics', 'pipeline', 'cli', 'progress', 'watch']));
    const render = old.filter((e) => layerOf(e.from) === 'render' && ['config', 'content'].includes(layerOf(e.to)));
    expect(render.map((e) => e.to)).toEqual(expect.arrayContaining(['config/opd-registry.ts', 'content/chapter.ts']));
  });
});
