import type { Lang } from '../i18n/lang.ts';
import type { NewInitiative } from './answers.ts';
/** Sections an initiative gets when book.yml does not require any (product.md §2). */
export declare const DEFAULT_SECTIONS: readonly ["Latar Belakang", "Tujuan"];
/**
 * The text of a new initiative file: frontmatter with canonical ids (optional keys shown
 * as comments), then every required section with guidance in an HTML comment, which
 * the book leaves out.
 */
export declare function renderInitiative(initiative: NewInitiative, options: {
    lang: Lang;
    sections: readonly string[];
    period: {
        start: number;
        end: number;
    };
}): string;
