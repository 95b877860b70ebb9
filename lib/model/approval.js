import { formatPlaceDate } from "../i18n/format.js";
import { labels } from "../i18n/labels.js";
/** The approval sheet from book.yml: its signers (the old single-signer form as one "Mengesahkan"), statement and date. */
export function approvalSheet(settings, lang) {
    const a = settings.approval;
    if (!a)
        return undefined;
    const l = labels(lang);
    const single = a.signer && a.role ? [{ label: l.approve, role: a.role, name: a.signer, ...(a.nip ? { nip: a.nip } : {}) }] : [];
    return {
        statement: a.statement ?? l.approvalIntro,
        ...(a.regulation ? { regulation: a.regulation } : {}),
        placeDate: formatPlaceDate(settings.place, settings.date, lang),
        signers: a.signers ?? single,
    };
}
