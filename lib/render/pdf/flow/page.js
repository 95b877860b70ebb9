/** Every mark of the book with its page and position. */
export function collectAnchors(pages) {
    const anchors = new Map();
    for (const page of pages) {
        for (const { box, y } of page.placed) {
            for (const mark of box.marks ?? [])
                if (!anchors.has(mark.id))
                    anchors.set(mark.id, { page: page.index, y });
        }
    }
    return anchors;
}
