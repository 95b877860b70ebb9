/** Order diagnostics by file, line, column, then rule, as every format prints them. */
export function sortDiagnostics(list) {
    return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** Count errors and warnings. */
export function countSeverities(list) {
    let errors = 0;
    for (const d of list)
        if (d.severity === 'error')
            errors++;
    return { errors, warnings: list.length - errors };
}
