import { defineRule } from './rule.ts';

/** The file is not valid UTF-8 (often saved as Windows-1252 by an old word processor). */
export const invalidEncoding = defineRule<{ byte: string; utf16: boolean }>({
  id: 'invalid-encoding',
  severity: 'error',
  fatal: 'always',
  description: 'The file is not valid UTF-8.',
  message: {
    id: (p) =>
      p.utf16
        ? 'Berkas disimpan sebagai UTF-16 ("Unicode"), bukan UTF-8. Simpan ulang dengan pengodean UTF-8 (Notepad: Simpan Sebagai → Pengodean: UTF-8).'
        : `Berkas bukan UTF-8 yang sah (byte ${p.byte} di sini). Simpan ulang berkas dengan pengodean UTF-8.`,
    en: (p) =>
      p.utf16
        ? 'The file is saved as UTF-16 ("Unicode"), not UTF-8. Save it again with UTF-8 encoding (Notepad: Save As → Encoding: UTF-8).'
        : `The file is not valid UTF-8 (byte ${p.byte} here). Save it again with UTF-8 encoding.`,
  },
  checks: {
    parsed: ({ failure }, { report }) => {
      if (failure?.kind !== 'encoding') return;
      report({ byte: `0x${failure.byte.toString(16).toUpperCase().padStart(2, '0')}`, utf16: failure.utf16 === true }, { position: failure.position });
    },
  },
});
