import { describe, expect, it } from 'vitest';
import { locate, parseYaml } from '../../src/diagnostics/yaml-position.ts';

describe('locate', () => {
  const src = parseYaml('title: Tanjak\ndimension: smart goverment\nkpi:\n  - indicator: Pengguna\n    target: 5\n');

  it('points at a value, 1-based', () => {
    expect(locate(src, ['dimension'])).toEqual({ line: 2, column: 12 });
  });

  it('points at a key when asked', () => {
    expect(locate(src, ['dimension'], 'key')).toEqual({ line: 2, column: 1 });
  });

  it('walks into lists and nested maps', () => {
    expect(locate(src, ['kpi', 0, 'target'])).toEqual({ line: 5, column: 13 });
  });

  it('falls back to the deepest existing key for a missing path', () => {
    expect(locate(src, ['kpi', 0, 'year'])).toEqual({ line: 4, column: 5 });
  });

  it('applies the base position of frontmatter inside a file', () => {
    const fm = parseYaml('\ntitle: x\nopd: y\n', { line: 1, column: 4 });
    expect(locate(fm, ['opd'])).toEqual({ line: 3, column: 6 });
  });

  it('keeps columns right with CRLF line ends', () => {
    const crlf = parseYaml('title: x\r\ndimension: y\r\n');
    expect(locate(crlf, ['dimension'])).toEqual({ line: 2, column: 12 });
  });
});
