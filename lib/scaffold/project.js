import { slugify } from "../domain/ids.js";
/** The place name for "Tanjungpinang, 30 Juli 2019": the city without "Kota" or "Kabupaten". */
export function placeOf(city) {
    return city.replace(/^(kota|kabupaten|kab\.)\s+/i, '').trim() || city;
}
/** The head of the region who signs: "Bupati" for a Kabupaten, "Wali Kota" for a Kota. */
export function headOf(city) {
    return /^(kabupaten|kab\.)\s/i.test(city.trim()) ? 'Bupati' : 'Wali Kota';
}
/** A value inside a double-quoted YAML or JSON string (JSON escapes are valid YAML). */
function quoted(value) {
    return JSON.stringify(value).slice(1, -1);
}
/** An npm package name for the project: "masterplan-kota-contoh". */
export function packageName(city) {
    return `masterplan-${slugify(city) || 'buku'}`.slice(0, 214);
}
/**
 * Fill `{{city}}`, `{{place}}`, `{{head}}`, `{{start}}`, `{{end}}`, `{{next}}`, `{{date}}`,
 * `{{package}}` and `{{version}}`. Only these names are replaced, so a workflow's
 * `${{ github.… }}` stays as it is; values going into YAML and JSON are escaped.
 */
export function fillTemplate(file, vars) {
    const values = {
        city: vars.city,
        place: placeOf(vars.city),
        head: headOf(vars.city),
        start: String(vars.start),
        end: String(vars.end),
        next: String(Math.min(vars.start + 1, vars.end)),
        date: vars.date,
        package: packageName(vars.city),
        version: vars.version,
    };
    const escape = /\.(ya?ml|json)$/.test(file.name) ? quoted : (v) => v;
    return file.text.replace(/\{\{(city|place|head|start|end|next|date|package|version)\}\}/g, (_, key) => escape(values[key] ?? ''));
}
/** The files of a new book project. */
export function scaffoldProject(templates, vars) {
    return templates.map((file) => ({ name: file.name, data: fillTemplate(file, vars) }));
}
