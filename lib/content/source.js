import path from 'node:path';
/** Path relative to `from` with forward slashes. */
export function displayPath(from, file) {
    return path.relative(from, file).split(path.sep).join('/');
}
/** Classify a path relative to the content folder. */
export function classify(rel) {
    const parts = rel.split('/');
    if (rel === 'book.yml')
        return 'book';
    if (!rel.endsWith('.md'))
        return 'stray';
    if (parts[0] === 'initiatives' && parts.length >= 2)
        return 'initiative';
    if (parts.length === 2 && parts[0] === 'front')
        return 'front';
    if (parts.length === 2 && parts[0] === 'back')
        return 'back';
    if (parts.length === 2 && parts[0] === 'dimensions')
        return 'dimension';
    return 'stray';
}
