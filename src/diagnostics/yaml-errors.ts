import type { YAMLError } from 'yaml';
import type { Lang } from '../i18n/lang.ts';

const DETAILS: Record<string, Record<Lang, string>> = {
  DUPLICATE_KEY: { id: 'kunci ini sudah ditulis sebelumnya (kunci ganda); hapus salah satunya', en: 'this key was already written above (duplicate key); remove one of them' },
  TAB_AS_INDENT: { id: 'indentasi memakai tab; ganti tab dengan spasi', en: 'a tab is used for indentation; use spaces instead' },
  BAD_INDENT: { id: 'indentasi tidak sesuai', en: 'the indentation is wrong' },
  MISSING_CHAR: { id: 'ada tanda yang kurang (misalnya titik dua, kurung atau tanda kutip penutup)', en: 'a character is missing (a colon, a closing bracket or quote)' },
  MULTILINE_IMPLICIT_KEY: { id: 'kunci terpotong ke baris berikutnya; mungkin titik dua atau tanda kutip kurang', en: 'a key runs over two lines; perhaps a colon or a quote is missing' },
  BLOCK_AS_IMPLICIT_KEY: {
    id: 'ada titik dua (:) di dalam nilai; beri tanda kutip pada nilainya, misalnya `title: "Aplikasi: Baru"`, atau bila baris berikutnya seharusnya kunci baru, hapus spasi di depannya',
    en: 'a value contains a colon (:); put the value in quotes, e.g. `title: "App: New"`, or if the next line should be a new key, remove the spaces before it',
  },
  UNEXPECTED_TOKEN: { id: 'ada tanda yang tidak diharapkan', en: 'an unexpected character' },
  ALIAS_PROps: { id: 'alias tidak boleh memiliki properti', en: 'an alias cannot have properties' },
  BAD_ALIAS: { id: 'alias tidak sah', en: 'an invalid alias' },
  BAD_SCALAR_START: { id: 'nilai diawali tanda yang tidak boleh (beri tanda kutip)', en: 'a value starts with a reserved character (put it in quotes)' },
  BAD_DQ_ESCAPE: { id: 'garis miring terbalik tidak sah di dalam tanda kutip ganda', en: 'an invalid backslash escape in double quotes' },
  RESOURCE_EXHAUSTION: { id: 'terlalu banyak alias', en: 'too many aliases' },
};

const GENERIC_FIX: Record<Lang, string> = {
  id: 'Periksa indentasi (spasi, bukan tab), tanda titik dua setelah kunci, dan tanda kutip',
  en: 'Check the indentation (spaces, not tabs), the colon after each key, and quotes',
};

/** A YAML parser error in the user's language, with what to check. */
export function yamlErrorDetail(error: YAMLError, lang: Lang): string {
  const detail = DETAILS[error.code]?.[lang] ?? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  if (['DUPLICATE_KEY', 'TAB_AS_INDENT', 'BLOCK_AS_IMPLICIT_KEY'].includes(error.code)) return detail;
  return `${detail}. ${GENERIC_FIX[lang]}`;
}

/** A line as people mistype it, and what to write instead. */
export interface LineFix {
  /** 1-based line and column of the mistake. */
  line: number;
  column: number;
  detail: string;
}

const CURLY = /[“”„‟«»]/;

/**
 * The two slips behind most unreadable frontmatter lines, told precisely: Word's curly
 * quotes (which YAML does not take as quotes) and a key with no space after its colon
 * (`opd:dinkes`). Looks at the line the parser stopped on and the one before it.
 */
export function lineFix(text: string, errorLine: number, lang: Lang): LineFix | undefined {
  const lines = text.split(/\r?\n/);
  for (const line of [errorLine, errorLine - 1]) {
    const source = lines[line - 1];
    if (source === undefined) continue;
    const curly = /^(\s*[\w-]+:\s*)(.*)$/.exec(source);
    if (curly && CURLY.test(curly[2]!)) {
      const straight = `${curly[1]}"${curly[2]!.replace(/^[“„‟«]|[”‟»]$/g, '').replace(/"/g, '\\"')}"`.trim();
      return {
        line,
        column: curly[1]!.length + 1,
        detail:
          lang === 'id'
            ? `tanda kutip melengkung “ ” (dari Word) bukan tanda kutip bagi YAML; ganti dengan tanda kutip lurus: \`${straight}\``
            : `curly quotes “ ” (from Word) are not quotes to YAML; use straight quotes: \`${straight}\``,
      };
    }
    const glued = /^(\s*)([A-Za-z_][\w-]*):(?![\s/]|$)(.*)$/.exec(source);
    if (glued) {
      const fixed = `${glued[2]}: ${glued[3]}`;
      return {
        line,
        column: glued[1]!.length + glued[2]!.length + 2,
        detail: lang === 'id' ? `tidak ada spasi setelah titik dua; tulis \`${fixed}\`` : `there is no space after the colon; write \`${fixed}\``,
      };
    }
  }
  return undefined;
}

/** An alias bomb (aliases that expand to a huge document), in the user's language. */
export function aliasDetail(lang: Lang): string {
  return DETAILS.RESOURCE_EXHAUSTION![lang] + (lang === 'id' ? '; tulis nilainya langsung, tanpa & dan *' : '; write the values out, without & and *');
}
