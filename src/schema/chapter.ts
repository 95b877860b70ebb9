import { z } from 'zod';

/** Frontmatter of a front or back chapter or a dimension introduction: only an optional title. */
export const ChapterFrontmatter = z.strictObject({
  title: z.string().trim().min(1).optional().meta({ description: 'Judul bab / Chapter title' }),
});

/** Chapter frontmatter after schema validation. */
export type ChapterFrontmatter = z.infer<typeof ChapterFrontmatter>;
