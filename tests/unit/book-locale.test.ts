import { describe, expect, it } from 'vitest';
import { peekBookLocale } from '../../src/app/book-locale.ts';
import { tempDir, writeProject } from '../helpers/cli.ts';

async function peek(bookYml: string): Promise<string | undefined> {
  const dir = await writeProject(await tempDir('masterplan-locale-'), { 'content/book.yml': bookYml });
  return peekBookLocale(dir, 'content');
}

describe('the book locale read before the book is loaded', () => {
  it('reads a plainly written key, quoted or not, with a comment', async () => {
    expect(await peek('city: Kota\nlocale: en\n')).toBe('en');
    expect(await peek('city: Kota\nlocale: "en"  # English\n')).toBe('en');
    expect(await peek("locale: 'id'\n")).toBe('id');
  });

  it('parses any other spelling in full', async () => {
    expect(await peek('{ city: Kota, locale: en }\n')).toBe('en');
    expect(await peek('base: &b en\nlocale: *b\n')).toBe('en');
  });

  it('ignores a nested key, an unknown language and a missing book', async () => {
    expect(await peek('city: Kota\nsettings:\n  locale: en\n')).toBeUndefined();
    expect(await peek('locale: fr\n')).toBeUndefined();
    expect(peekBookLocale('/nonexistent', 'content')).toBeUndefined();
  });
});
