import { slugify } from '../domain/ids.ts';
import type { OutputFile } from '../pipeline/write.ts';

/** A file of the project scaffold, path relative to the new project's root. */
export interface TemplateFile {
  name: string;
  text: string;
}

/** What `init` fills into the scaffold. */
export interface ProjectVars {
  city: string;
  start: number;
  end: number;
  /** ISO date of the book. */
  date: string;
  /** Version of masterplan that made the project. */
  version: string;
  /** Where the project's package.json gets masterplan from (see scaffold/source.ts). */
  dependency: string;
  /** What the README says about the project's automatic checks. */
  ci: { folderLine: string; paragraph: string };
}

/** The place name for "Tanjungpinang, 30 Juli 2019": the city without "Kota" or "Kabupaten". */
export function placeOf(city: string): string {
  return city.replace(/^(kota|kabupaten|kab\.)\s+/i, '').trim() || city;
}

/** The head of the region who signs: "Bupati" for a Kabupaten, "Wali Kota" for a Kota. */
export function headOf(city: string): string {
  return /^(kabupaten|kab\.)\s/i.test(city.trim()) ? 'Bupati' : 'Wali Kota';
}

/** A value inside a double-quoted YAML or JSON string (JSON escapes are valid YAML). */
function quoted(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** An npm package name for the project: "masterplan-kota-contoh". */
export function packageName(city: string): string {
  return `masterplan-${slugify(city) || 'buku'}`.slice(0, 214);
}

/**
 * Fill `{{city}}`, `{{place}}`, `{{head}}`, `{{start}}`, `{{end}}`, `{{next}}`, `{{date}}`,
 * `{{package}}`, `{{version}}`, `{{dependency}}`, `{{ciFolderLine}}` and `{{ciParagraph}}`.
 * Only these names are replaced, so a workflow's `${{ github.… }}` stays as it is; values
 * going into YAML and JSON are escaped; a line holding only a name whose value is empty goes.
 */
export function fillTemplate(file: TemplateFile, vars: ProjectVars): string {
  const values: Record<string, string> = {
    city: vars.city,
    place: placeOf(vars.city),
    head: headOf(vars.city),
    start: String(vars.start),
    end: String(vars.end),
    next: String(Math.min(vars.start + 1, vars.end)),
    date: vars.date,
    package: packageName(vars.city),
    version: vars.version,
    dependency: vars.dependency,
    ciFolderLine: vars.ci.folderLine,
    ciParagraph: vars.ci.paragraph,
  };
  const escape = /\.(ya?ml|json)$/.test(file.name) ? quoted : (v: string) => v;
  const names = Object.keys(values).join('|');
  return file.text
    .replace(new RegExp(`^\\{\\{(${names})\\}\\}\\n`, 'gm'), (line, key: string) => (values[key] === '' ? '' : line))
    .replace(new RegExp(`\\{\\{(${names})\\}\\}`, 'g'), (_, key: string) => escape(values[key] ?? ''));
}

/** The files of a new book project. */
export function scaffoldProject(templates: readonly TemplateFile[], vars: ProjectVars): OutputFile[] {
  return templates.map((file) => ({ name: file.name, data: fillTemplate(file, vars) }));
}
