import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/content/source.ts';

describe('displayPath', () => {
  // Its fast path slices the path of a file under the folder; every other case must read as path.relative does.
  const cases: [string, string][] = [
    ['/buku', '/buku/content/book.yml'],
    ['/buku/', '/buku/content/initiatives/a.md'],
    ['/buku', '/bukux/a.md'],
    ['/buku', '/buku/./a.md'],
    ['/buku', '/buku/../a.md'],
    ['/buku/../lain', '/lain/a.md'],
    ['/buku', '/buku//a.md'],
    ['buku', 'buku/a.md'],
    ['/buku', '/buku'],
    ['/buku', '/buku/..a.md'],
    ['/buku', '/buku/a../b.md'],
    ['/', '/buku/a.md'],
  ];
  it.each(cases)('from %s to %s reads as path.relative, with forward slashes', (from, file) => {
    expect(displayPath(from, file)).toBe(path.relative(from, file).split(path.sep).join('/'));
  });

  it('is relative and forward-slashed for a file deep in the content folder', () => {
    expect(displayPath('/kota/buku', '/kota/buku/content/initiatives/smart-economy/pasar.md')).toBe('content/initiatives/smart-economy/pasar.md');
  });
});
