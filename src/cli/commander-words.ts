import type { Lang } from '../i18n/lang.ts';

/** commander's own texts, as [pattern, Indonesian] pairs; English is commander's own. */
const INDONESIAN: readonly [RegExp, string][] = [
  [/^error: unknown option '([^']*)'/gm, "kesalahan: opsi '$1' tidak dikenal"],
  [/^error: unknown command '([^']*)'/gm, "kesalahan: perintah '$1' tidak dikenal"],
  [/^error: option '([^']*)' argument missing/gm, "kesalahan: opsi '$1' memerlukan nilai"],
  [/^error: missing required argument '([^']*)'/gm, "kesalahan: argumen '$1' wajib diisi"],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./gm, 'kesalahan: terlalu banyak argumen; seharusnya $2, diberikan $3.'],
  [/\(Did you mean ([^?]*)\?\)/g, '(Maksud Anda $1?)'],
  [/^Usage:/gm, 'Penggunaan:'],
  [/^Options:/gm, 'Opsi:'],
  [/^Commands:/gm, 'Perintah:'],
  [/^Arguments:/gm, 'Argumen:'],
  [/display help for command/g, 'tampilkan bantuan perintah'],
  [/output the version number/g, 'tampilkan versi'],
  [/\(default: /g, '(bawaan: '],
];

/** commander's help and error texts in the language of the book. */
export function commanderText(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return INDONESIAN.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
