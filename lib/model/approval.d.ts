import type { Lang } from '../i18n/lang.ts';
import type { BookFile } from '../schema/book.ts';
import type { ApprovalSheet } from './book.ts';
/** The approval sheet from book.yml: its signers (the old single-signer form as one "Mengesahkan"), statement and date. */
export declare function approvalSheet(settings: BookFile, lang: Lang): ApprovalSheet | undefined;
