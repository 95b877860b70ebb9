import type { Root } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { Dimension, DimensionId, Labelled } from '../domain/dimensions.ts';
import type { Lang } from '../i18n/lang.ts';
import type { BookFile } from '../schema/book.ts';
import type { InitiativeFrontmatter } from '../schema/initiative.ts';
import type { FactRow } from './facts.ts';
import type { ImageLookup, ImageRef } from './images.ts';
import type { Abbreviation } from './abbreviations.ts';
import type { Chart } from './charts.ts';
import type { Roadmap } from './roadmap.ts';
import type { Summary } from './summary.ts';

/** An agency as the book prints it. */
export interface Opd {
  id: string;
  name: string;
  short?: string;
}

/** book.yml after validation: what the renderers print on the cover and approval page. */
export type BookSettings = BookFile;

/** Time horizons after normalising English names to the Indonesian ids. */
export type Horizon = 'pendek' | 'menengah' | 'panjang';
/** Programme status after normalising English names to the Indonesian ids. */
export type Status = 'usulan' | 'rencana' | 'berjalan' | 'selesai';

/** One key performance indicator of an initiative, as its frontmatter gives it. */
export type Kpi = NonNullable<InitiativeFrontmatter['kpi']>[number];
/** A funding source, one of the fixed list. */
export type Funding = NonNullable<InitiativeFrontmatter['funding']>[number];

/** A signature block, its place and date already filled in from book.yml where the chapter gives none. */
export interface SignatureBlock {
  /** "Tanjungpinang, 30 Juli 2019", or empty when neither place nor date is known. */
  placeDate: string;
  role: string;
  name: string;
  nip?: string;
}

/** A front or back chapter, or a dimension introduction. */
export interface Chapter {
  /** Id from the file name (`front-kata-pengantar`). */
  id: string;
  /** The chapter's unique place in both editions (usually its id). */
  anchor: string;
  title: string;
  body: Root;
  /** Display path and absolute path of the Markdown file. */
  file: string;
  path: string;
  /** Where the body starts in the file (layout warnings point at lines of the body). */
  bodyStart?: Position;
  /** A numbered chapter (`bab: true`): its BAB number and label ("BAB I"). */
  number?: number;
  label?: string;
  /** The signature block that closes it. */
  signature?: SignatureBlock;
}

/** One signer of the approval sheet. */
export interface Signer {
  label: string;
  role: string;
  name: string;
  nip?: string;
}

/** The approval sheet (Lembar Pengesahan) as printed. */
export interface ApprovalSheet {
  statement: string;
  regulation?: string;
  placeDate: string;
  signers: Signer[];
}

/** An initiative after validation: names resolved, defaults applied, body parsed. */
export interface Initiative {
  id: string;
  title: string;
  dimension: DimensionId;
  element?: Labelled;
  opd: Opd;
  supportingOpd: Opd[];
  quickWin: boolean;
  horizon?: Horizon;
  startYear?: number;
  endYear?: number;
  status?: Status;
  /** The total budget in rupiah: the lump sum, or the sum of the amounts per year. */
  budget?: number;
  /** The budget per year, when the frontmatter gives one (years in ascending order). */
  budgetByYear?: { year: number; amount: number }[];
  funding: Funding[];
  partners: string[];
  kpi: Kpi[];
  body: Root;
  /** Display path of the source file, and its absolute path (images resolve against it). */
  file: string;
  path: string;
  /** Where the body starts in the file and where the id is written (for cross-file diagnostics). */
  bodyStart: Position;
  idPosition: Position;
}

/** An initiative with its place in the book. */
export interface PlacedInitiative extends Initiative {
  /** Heading number, e.g. "4.2.3". */
  number: string;
  /** Chapter number (1-based), for "BAB IV". */
  chapter: number;
  /** Its unique place in both editions (its id, unless something else took it first). */
  anchor: string;
  /** The facts block, labelled in the book's language, empty rows left out. */
  facts: FactRow[];
}

/** The initiatives of one element inside a dimension chapter (a numbered section). */
export interface Section {
  id: string;
  anchor: string;
  number: string;
  /** The element's name, or "Lainnya" for initiatives without one. */
  title: string;
  /** Undefined for initiatives without an element ("Lainnya"). */
  element?: Labelled;
  initiatives: PlacedInitiative[];
}

/** One chapter per dimension, in the fixed order. */
export interface DimensionChapter {
  /** The dimension id. */
  id: string;
  anchor: string;
  number: number;
  /** "BAB IV" / "CHAPTER IV". */
  label: string;
  /** The dimension's name in the book's language. */
  title: string;
  dimension: Dimension;
  intro?: Chapter;
  sections: Section[];
  initiatives: PlacedInitiative[];
}

/** An agency with the initiatives it leads. */
export interface OpdGroup {
  opd: Opd;
  anchor: string;
  /** False for a name that is not in book.yml's registry (kept when `opd-unknown` is not an error). */
  registered: boolean;
  initiatives: PlacedInitiative[];
}

/** Anchors of the parts the book generates itself. */
export interface BookAnchors {
  approval: string;
  abbreviations: string;
  summary: string;
  annexes: string;
  /** Every anchor of the book: what a `#…` link in Markdown may point at. */
  all: ReadonlySet<string>;
}

/** Which book to make: Buku Satu, or the executive summary as a short book of its own. */
export type BookKind = 'satu' | 'ringkasan' | 'pratinjau';

/** The annexes, in book order. */
export const ANNEX_KEYS = ['initiatives', 'quickWins', 'matrix', 'perOpd', 'roadmap', 'indicators'] as const;
/** The annexes every book has, and the change annex a book compared with its previous edition adds last. */
export type AnnexKey = (typeof ANNEX_KEYS)[number] | 'changes';

/** How an initiative changed since the previous edition. */
export type ChangeKind = 'added' | 'changed' | 'moved' | 'removed';

/** One row of the change annex: an initiative (by its number in this book, or its old one when removed). */
export interface ChangeRow {
  kind: ChangeKind;
  /** "Baru", "Diubah", "Dipindahkan", "Dihapus". */
  kindLabel: string;
  number: string;
  title: string;
  /** Where it is in this book (none for a removed one). */
  anchor?: string;
  /** "anggaran: Rp100.000.000 → Rp150.000.000", one per changed field. */
  details: string[];
}

/** What changed since the previous edition, worded in the book's language: the change annex and the marks beside initiatives. */
export interface EditionChanges {
  /** The edition compared with ("Edisi 1, 30 Juli 2019", or the ref). */
  label: string;
  /** A sentence naming the edition and the commit. */
  intro: string;
  /** "+1 inisiatif di Smart Living; quick win 11 → 12; …". */
  headline: string;
  /** Column heads: number, initiative, change; and of the totals: item, before, after, change. */
  headers: { rows: [string, string, string]; totals: [string, string, string, string] };
  rows: ChangeRow[];
  totals: [string, string, string, string][];
  /** Changes of book.yml, one line each (registry entries included). */
  settings: string[];
  settingsTitle: string;
  /** Initiatives of this book that are new or changed, by id, with the word printed beside them. */
  marks: ReadonlyMap<string, { kind: ChangeKind; label: string; short: string }>;
}

/** One annex (Lampiran n): its number, title and anchor. */
export interface Annex {
  key: AnnexKey;
  number: number;
  title: string;
  anchor: string;
}

/** The whole book, assembled, numbered and counted: what both renderers, stats and export read. */
export interface Book {
  settings: BookSettings;
  lang: Lang;
  /** Absolute path of the content folder. */
  contentDir: string;
  draft: boolean;
  front: Chapter[];
  chapters: DimensionChapter[];
  back: Chapter[];
  initiatives: PlacedInitiative[];
  quickWins: PlacedInitiative[];
  /**
   * Registry OPDs in registry order, then agencies named outside the registry that lead
   * an initiative (with an open registry: every OPD named, by name).
   */
  opds: OpdGroup[];
  anchors: BookAnchors;
  /** The approval sheet, when book.yml asks for one. */
  approval?: ApprovalSheet;
  /** Daftar Singkatan. */
  abbreviations: Abbreviation[];
  annexes: Annex[];
  /** Peta Jalan: every initiative on the years of the period. */
  roadmap: Roadmap;
  /** Every count and total the book prints, computed once. */
  summary: Summary;
  /** The charts of the Ringkasan Eksekutif, drawn alike by both editions. */
  charts: Chart[];
  /** What the check found for each image: both editions draw only what it accepted. */
  images: ImageLookup;
  logo?: ImageRef;
  /** Set by `build --changes-since` (or book.yml `previous_edition`): the change annex and marks. */
  changes?: EditionChanges;
}
