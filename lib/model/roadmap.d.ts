import type { Dimension } from '../domain/dimensions.ts';
import type { DimensionChapter, PlacedInitiative } from './book.ts';
/** The roadmap (Peta Jalan): every initiative on the years of the period, grouped by dimension. */
export interface Roadmap {
    years: number[];
    groups: {
        dimension: Dimension;
        initiatives: PlacedInitiative[];
    }[];
}
/** Which years of the roadmap an initiative runs: from its start to its end year (one of them when only one is known). */
export declare function roadmapSpan(i: Pick<PlacedInitiative, 'startYear' | 'endYear'>): {
    from: number;
    to: number;
} | undefined;
/** The years of the period, widened to any initiative year outside it. */
export declare function roadmap(chapters: readonly DimensionChapter[], period: {
    start: number;
    end: number;
}): Roadmap;
