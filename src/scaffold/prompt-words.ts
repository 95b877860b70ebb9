import { Writable } from 'node:stream';
import type { Lang } from '../i18n/lang.ts';

/** Any colour or style codes the prompt library puts between words. */
const SGR = '(?:\\u001b\\[[0-9;]*m)*';

/**
 * The prompt library's own hints (key help, "Search:", "No matches found") in
 * Indonesian: it has no setting for them, so they are translated on their way to the
 * terminal. Only these exact phrases are touched; what people typed is left alone.
 */
const INDONESIAN: [RegExp, string][] = [
  [new RegExp(`(↑/↓${SGR}) to select`, 'g'), '$1 pilih'],
  [new RegExp(`(↑/↓${SGR}) to navigate`, 'g'), '$1 pindah'],
  [new RegExp(`(Enter:${SGR}) confirm`, 'g'), '$1 konfirmasi'],
  [new RegExp(`(Type:${SGR}) to search`, 'g'), '$1 untuk mencari'],
  [new RegExp(`((?:Space/)?Tab:${SGR}) select`, 'g'), '$1 pilih'],
  [new RegExp(`(Tab:${SGR}) complete`, 'g'), '$1 lengkapi'],
  [/Search:/g, 'Cari:'],
  [/Type:/g, 'Ketik:'],
  [/No matches found/g, 'Tidak ada yang cocok'],
  [/\((\d+) match(?:es)?\)/g, '($1 cocok)'],
  [/(\d+) items? selected/g, '$1 dipilih'],
];

/** Translate the prompt library's hints in one piece of terminal output. */
export function translateHints(text: string, lang: Lang): string {
  if (lang !== 'id') return text;
  let out = text;
  for (const [pattern, replacement] of INDONESIAN) out = out.replace(pattern, replacement);
  return out;
}

/**
 * A terminal stream that passes everything to `target`, with the prompt library's hints
 * in the book's language; its size and resize events are the target's.
 */
export function hintTranslator(target: Writable & { columns?: number; rows?: number; isTTY?: boolean }, lang: Lang): Writable {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, done) {
      target.write(translateHints(typeof chunk === 'string' ? chunk : chunk.toString('utf8'), lang), done);
    },
  });
  for (const key of ['columns', 'rows', 'isTTY'] as const) Object.defineProperty(stream, key, { get: () => target[key], enumerable: true });
  target.on?.('resize', () => stream.emit('resize'));
  return stream;
}
