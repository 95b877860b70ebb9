/** Vertical space between blocks. */
export function glue(height, paint) {
    return { height, glue: true, ...(paint ? { paint } : {}) };
}
