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
    /** Version of masterplan the project's package.json asks for. */
    version: string;
}
/** The place name for "Tanjungpinang, 30 Juli 2019": the city without "Kota" or "Kabupaten". */
export declare function placeOf(city: string): string;
/** The head of the region who signs: "Bupati" for a Kabupaten, "Wali Kota" for a Kota. */
export declare function headOf(city: string): string;
/** An npm package name for the project: "masterplan-kota-contoh". */
export declare function packageName(city: string): string;
/**
 * Fill `{{city}}`, `{{place}}`, `{{head}}`, `{{start}}`, `{{end}}`, `{{next}}`, `{{date}}`,
 * `{{package}}` and `{{version}}`. Only these names are replaced, so a workflow's
 * `${{ github.… }}` stays as it is; values going into YAML and JSON are escaped.
 */
export declare function fillTemplate(file: TemplateFile, vars: ProjectVars): string;
/** The files of a new book project. */
export declare function scaffoldProject(templates: readonly TemplateFile[], vars: ProjectVars): OutputFile[];
