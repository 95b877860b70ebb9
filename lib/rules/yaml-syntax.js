import { aliasDetail, yamlErrorDetail } from "../diagnostics/yaml-errors.js";
import { defineRule } from "./rule.js";
/** YAML that cannot be read: bad indentation, a missing colon, a duplicate key. */
export const yamlSyntax = defineRule({
    id: 'yaml-syntax',
    severity: 'error',
    fatal: 'always',
    description: 'The YAML cannot be read (indentation, a missing colon, a duplicate key, an unclosed quote).',
    message: {
        id: (p) => `YAML tidak dapat dibaca: ${p.detail}.`,
        en: (p) => `The YAML cannot be read: ${p.detail}.`,
    },
    checks: {
        parsed: ({ failure }, { report, lang }) => {
            if (failure?.kind === 'yaml')
                report({ detail: yamlErrorDetail(failure.error, lang) }, { position: failure.position });
            if (failure?.kind === 'aliases')
                report({ detail: aliasDetail(lang) }, { position: failure.position });
        },
    },
});
