/** The body of a parsed file (a chapter passes its body without the title heading). */
export function markdownDoc(parsed, requiredSections, body = parsed.body) {
    return { file: parsed.file, path: parsed.source.path, kind: parsed.kind, body, bodyStart: parsed.bodyStart, hasFrontmatter: parsed.frontmatter !== undefined, requiredSections };
}
/** File position of an mdast node (its start), frontmatter lines included. */
export function nodePosition(doc, node) {
    const start = node.position?.start;
    if (!start)
        return doc.bodyStart;
    return { line: doc.bodyStart.line + start.line - 1, column: start.column };
}
