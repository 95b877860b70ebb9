// A namespace import lets the CLI's bundle keep only the parts of zod in use; `{ z }` keeps all of it, every locale included.
import * as z from 'zod';
import { BookFile } from './book.ts';
import { InitiativeFrontmatter } from './initiative.ts';

/** A JSON Schema to publish: its zod source, where its committed copy lives and how editors title it. */
export interface SchemaSpec {
  schema: z.ZodType;
  /** Path of the committed copy, relative to the repository root. */
  file: string;
  title: string;
  description: string;
}

/** The schemas `masterplan schema` prints: initiative frontmatter (default) and book.yml (`--book`). */
export const SCHEMAS = {
  initiative: {
    schema: InitiativeFrontmatter,
    file: 'schema/initiative.schema.json',
    title: 'masterplan: frontmatter inisiatif / initiative frontmatter',
    description: 'Frontmatter YAML sebuah berkas inisiatif di content/initiatives/ / The YAML frontmatter of an initiative file.',
  },
  book: {
    schema: BookFile,
    file: 'schema/book.schema.json',
    title: 'masterplan: book.yml',
    description: 'Pengaturan buku dan daftar OPD (content/book.yml) / Book settings and the OPD registry.',
  },
} as const satisfies Record<string, SchemaSpec>;

/** The names `SCHEMAS` knows. */
export type SchemaName = keyof typeof SCHEMAS;

/**
 * The JSON Schema (draft-07, which editors' YAML tooling supports best) of what authors
 * write: the input side of the zod schema, so keys with defaults are optional.
 */
export function toJsonSchema(spec: SchemaSpec): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(spec.schema, { io: 'input', target: 'draft-7' });
  return { $schema, title: spec.title, description: spec.description, ...rest };
}

/** The schema as the text of its committed file. */
export function generate(spec: SchemaSpec): string {
  return `${JSON.stringify(toJsonSchema(spec), null, 2)}\n`;
}
