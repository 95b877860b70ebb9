import type { DimensionChapter } from '../../../model/book.ts';
import { type BookContext } from './context.ts';
/** "BAB IV": the dimension chapter with its introduction, element sections and initiatives. */
export declare function drawDimension(bc: BookContext, chapter: DimensionChapter): void;
