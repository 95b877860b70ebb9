import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Formatter } from './format.ts';

const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

const WORDS: Record<Lang, { error: string; warning: string; summary: (e: number, w: number, f: number) => string; clean: (f: number) => string; fix: string }> = {
  id: {
    error: 'kesalahan',
    warning: 'peringatan',
    summary: (e, w, f) => `${e} kesalahan, ${w} peringatan dalam ${f} berkas`,
    clean: (f) => `${f} berkas diperiksa, tidak ada masalah.`,
    fix: 'saran',
  },
  en: {
    error: 'error',
    warning: 'warning',
    summary: (e, w, f) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'} in ${f} ${f === 1 ? 'file' : 'files'}`,
    clean: (f) => `${f} ${f === 1 ? 'file' : 'files'} checked, no problems.`,
    fix: 'suggestion',
  },
};

function groupByFile(list: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) groups.set(d.file, [...(groups.get(d.file) ?? []), d]);
  return groups;
}

/** Human-readable results grouped by file, with a closing summary; colour only when asked. */
export const stylish: Formatter = (input, { color, lang }) => {
  const words = WORDS[lang];
  if (input.diagnostics.length === 0) return `${paint(color, '32', '✔')} ${words.clean(input.files)}\n`;
  const groups = groupByFile(input.diagnostics);
  const lines: string[] = [];
  for (const [file, list] of groups) {
    lines.push(paint(color, '4', file));
    const width = Math.max(...list.map((d) => `${d.line}:${d.column}`.length));
    for (const d of list) {
      const where = `${d.line}:${d.column}`.padEnd(width);
      const severity = d.severity === 'error' ? paint(color, '31', words.error.padEnd(10)) : paint(color, '33', words.warning.padEnd(10));
      lines.push(`  ${paint(color, '2', where)}  ${severity}  ${d.message}  ${paint(color, '2', d.rule)}`);
    }
    lines.push('');
  }
  const mark = input.errors > 0 ? paint(color, '31', '✖') : paint(color, '33', '⚠');
  lines.push(`${mark} ${words.summary(input.errors, input.warnings, groups.size)}`);
  return `${lines.join('\n')}\n`;
};
