import { aliasDetail, lineFix, yamlErrorDetail } from '../diagnostics/yaml-errors.ts';
import { defineRule } from './rule.ts';

/** YAML that cannot be read: bad indentation, a missing colon, a duplicate key. */
export const yamlSyntax = defineRule<{ detail: string }>({
  id: 'yaml-syntax',
  severity: 'error',
  fatal: 'always',
  description: 'The YAML cannot be read (indentation, a missing colon, a duplicate key, an unclosed quote).',
  message: {
    id: (p) => `YAML tidak dapat dibaca: ${p.detail}.`,
    en: (p) => `The YAML cannot be read: ${p.detail}.`,
  },
  checks: {
    parsed: ({ failure, text }, { report, lang }) => {
      if (failure?.kind === 'yaml') {
        const fix = text !== undefined ? lineFix(text, failure.position.line, lang) : undefined;
        if (fix) report({ detail: fix.detail }, { position: { line: fix.line, column: fix.column } });
        else report({ detail: yamlErrorDetail(failure.error, lang) }, { position: failure.position });
      }
      if (failure?.kind === 'aliases') report({ detail: aliasDetail(lang) }, { position: failure.position });
    },
  },
});
