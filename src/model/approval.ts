import { formatPlaceDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { labels } from '../i18n/labels.ts';
import type { BookFile } from '../schema/book.ts';
import type { ApprovalSheet, Signer } from './book.ts';

/** The approval sheet from book.yml: its signers (the old single-signer form as one "Mengesahkan"), statement and date. */
export function approvalSheet(settings: BookFile, lang: Lang): ApprovalSheet | undefined {
  const a = settings.approval;
  if (!a) return undefined;
  const l = labels(lang);
  const single: Signer[] = a.signer && a.role ? [{ label: l.approve, role: a.role, name: a.signer, ...(a.nip ? { nip: a.nip } : {}) }] : [];
  return {
    statement: a.statement ?? l.approvalIntro,
    ...(a.regulation ? { regulation: a.regulation } : {}),
    placeDate: formatPlaceDate(settings.place, settings.date, lang),
    signers: a.signers ?? single,
  };
}
