import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_DIMENSIONS } from '../src/domain/dimensions.ts';

const LOREM =
  'Program ini memperkuat layanan publik berbasis data dengan melibatkan perangkat daerah, komunitas dan mitra swasta. ' +
  'Pelaksanaan dilakukan bertahap, dimulai dari kajian kebutuhan, uji coba di beberapa kelurahan, lalu perluasan ke seluruh kota.';

function initiative(n: number, opdIds: readonly string[]): { dir: string; name: string; text: string } {
  const dimension = DEFAULT_DIMENSIONS[n % DEFAULT_DIMENSIONS.length]!;
  const element = dimension.elements[n % dimension.elements.length]!;
  const opd = opdIds[n % opdIds.length]!;
  const text = `---
title: Inisiatif Uji ${n} ${element.name.id}
dimension: ${dimension.id}
element: ${element.id}
opd: ${opd}
supporting_opd: [${opdIds[(n + 1) % opdIds.length]}]
quick_win: ${n % 7 === 0}
horizon: menengah
start_year: 2020
end_year: 2022
status: rencana
budget: ${(n + 1) * 25_000_000}
funding: [APBD]
---
## Latar Belakang

${LOREM}

## Tujuan

1. Meningkatkan mutu layanan kepada warga.
2. Mempercepat proses kerja perangkat daerah.

| Tahap | Tahun | Keluaran |
|---|---|---|
| Kajian | 2020 | Dokumen kajian |
| Uji coba | 2021 | Layanan di 3 kelurahan |
| Perluasan | 2022 | Layanan di seluruh kota |

## Manfaat

${LOREM} ${LOREM}
`;
  return { dir: dimension.id, name: `inisiatif-uji-${n}.md`, text };
}

/**
 * Write a book project with `count` generated initiatives into `dir`, reusing the
 * example book's book.yml, chapters and assets so the output looks like a real book.
 */
export async function generateBook(dir: string, count: number, exampleContent = path.resolve('content')): Promise<string> {
  const content = path.join(dir, 'content');
  await mkdir(content, { recursive: true });
  for (const part of ['book.yml', 'front', 'back', 'dimensions', 'assets']) {
    await cp(path.join(exampleContent, part), path.join(content, part), { recursive: true });
  }
  const yaml = await import('yaml');
  const { readFile } = await import('node:fs/promises');
  const book = yaml.parse(await readFile(path.join(content, 'book.yml'), 'utf8')) as { opd: { id: string }[] };
  const opdIds = book.opd.map((o) => o.id);
  for (let n = 1; n <= count; n++) {
    const { dir: sub, name, text } = initiative(n, opdIds);
    await mkdir(path.join(content, 'initiatives', sub), { recursive: true });
    await writeFile(path.join(content, 'initiatives', sub, name), text);
  }
  return content;
}
