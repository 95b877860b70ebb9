import { defineRule } from "./rule.js";
/** The file is not valid UTF-8 (often saved as Windows-1252 by an old word processor). */
export const invalidEncoding = defineRule({
    id: 'invalid-encoding',
    severity: 'error',
    fatal: 'always',
    description: 'The file is not valid UTF-8.',
    message: {
        id: (p) => `Berkas bukan UTF-8 yang sah (byte ${p.byte} di sini). Simpan ulang berkas dengan pengodean UTF-8.`,
        en: (p) => `The file is not valid UTF-8 (byte ${p.byte} here). Save it again with UTF-8 encoding.`,
    },
    checks: {
        parsed: ({ failure }, { report }) => {
            if (failure?.kind !== 'encoding')
                return;
            report({ byte: `0x${failure.byte.toString(16).toUpperCase().padStart(2, '0')}` }, { position: failure.position });
        },
    },
});
