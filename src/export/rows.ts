import type { Book, PlacedInitiative } from '../model/book.ts';

/** One initiative as a flat record: every frontmatter field, names resolved, in book order. */
export interface ExportRow {
  /** Heading number in the book, e.g. "4.2.3". */
  number: string;
  id: string;
  title: string;
  dimension: string;
  dimension_name: string;
  element: string | null;
  element_name: string | null;
  opd: string;
  opd_name: string;
  supporting_opd: string[];
  supporting_opd_names: string[];
  quick_win: boolean;
  horizon: string | null;
  start_year: number | null;
  end_year: number | null;
  status: string | null;
  budget: number | null;
  funding: string[];
  partners: string[];
  kpi: { indicator: string; target: string | number; year: number | null }[];
  /** The source file, relative to the working directory with `/`. */
  file: string;
}

function row(i: PlacedInitiative, dimensionName: string, lang: Book['lang']): ExportRow {
  return {
    number: i.number,
    id: i.id,
    title: i.title,
    dimension: i.dimension,
    dimension_name: dimensionName,
    element: i.element?.id ?? null,
    element_name: i.element?.name[lang] ?? null,
    opd: i.opd.id,
    opd_name: i.opd.name,
    supporting_opd: i.supportingOpd.map((o) => o.id),
    supporting_opd_names: i.supportingOpd.map((o) => o.name),
    quick_win: i.quickWin,
    horizon: i.horizon ?? null,
    start_year: i.startYear ?? null,
    end_year: i.endYear ?? null,
    status: i.status ?? null,
    budget: i.budget ?? null,
    funding: [...i.funding],
    partners: [...i.partners],
    kpi: i.kpi.map((k) => ({ indicator: k.indicator, target: k.target, year: k.year ?? null })),
    file: i.file,
  };
}

/** Every valid initiative of the book as a record, in the book's order (by chapter and number). */
export function exportRows(book: Book): ExportRow[] {
  return book.chapters.flatMap((chapter) => chapter.initiatives.map((i) => row(i, chapter.dimension.name[book.lang], book.lang)));
}
