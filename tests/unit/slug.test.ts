import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from '../../src/domain/ids.ts';

describe('slugify', () => {
  it.each([
    ['Aplikasi Tanjak (Tanjungpinang Aktual)', 'aplikasi-tanjak-tanjungpinang-aktual'],
    ['e-Puskesmas', 'e-puskesmas'],
    ["Jum'at Bersih", 'jumat-bersih'],
    ['Jum’at Bersih', 'jumat-bersih'],
    ['Sehat & Bersih', 'sehat-dan-bersih'],
    ['Café Kopi Đặng', 'cafe-kopi-dang'],
    ['  SIAP  2.0 ', 'siap-2-0'],
    ['Straße Ærø', 'strasse-aero'],
    ['Puan Molek — LPG 3 kg', 'puan-molek-lpg-3-kg'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('reads & as "and" in English', () => {
    expect(slugify('Health & Safety', 'en')).toBe('health-and-safety');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Program Percepatan Pembangunan Infrastruktur Digital Terpadu untuk Seluruh Kelurahan di Kota Tanjungpinang');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('program-percepatan-pembangunan-infrastruktur-digital-terpadu');
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });
});
