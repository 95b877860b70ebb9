import { defineRule } from './rule.ts';

/** YAML that cannot be read: bad indentation, a missing colon, a duplicate key. */
export const yamlSyntax = defineRule<{ detail: string }>({
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The YAML cannot be read (indentation, a missing colon, a duplicate key, an unclosed quote).',
  message: {
    id: (p) => `YAML tidak dapat dibaca: ${p.detail}.`,
    en: (p) => `The YAML cannot be read: ${p.detail}.`,
  },
});
