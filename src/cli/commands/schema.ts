import path from 'node:path';
import { Command } from 'commander';
import { messages } from '../../i18n/messages.ts';
import { write } from '../../pipeline/write.ts';
import type { Io } from '../../io/io.ts';
import { commandLang, withCommonOptions, type CommonOptions } from '../options.ts';

interface SchemaOptions extends CommonOptions {
  book?: boolean;
  out?: string;
}

/** `masterplan schema [--book] [--out <file>]`: the JSON Schema for editors, generated from the zod schemas. */
export function schemaCommand(io: Io, done: (code: number) => void): Command {
  return withCommonOptions(new Command('schema'))
    .description('JSON Schema frontmatter inisiatif (atau book.yml) untuk editor / JSON Schema of initiative frontmatter (or book.yml) for editors')
    .option('--book', 'skema book.yml / the schema of book.yml')
    .option('--out <file>', 'tulis ke berkas, bukan ke layar / write to a file instead of stdout')
    .action(async (options: SchemaOptions) => {
      const lang = commandLang(options, io);
      const { generate, SCHEMAS } = await import('../../schema/generate.ts');
      const text = generate(options.book ? SCHEMAS.book : SCHEMAS.initiative);
      if (options.out === undefined) {
        io.stdout.write(text);
        return done(0);
      }
      const target = path.resolve(io.cwd, options.out);
      await write(path.dirname(target), [{ name: path.basename(target), data: text }]);
      io.stdout.write(`${messages(lang).wrote(path.relative(io.cwd, target).split(path.sep).join('/'))}\n`);
      done(0);
    });
}
