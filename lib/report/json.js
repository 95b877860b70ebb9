/** Machine-readable results, as product.md §4 specifies. */
export const json = (input) => `${JSON.stringify({
    files: input.files,
    errors: input.errors,
    warnings: input.warnings,
    diagnostics: input.diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        severity: d.severity,
        rule: d.rule,
        message: d.message,
        ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    })),
}, null, 2)}\n`;
