function measure(fonts, text, style) {
    return fonts.width(style.font, text, style.size) + (style.tracking ?? 0) * text.length;
}
/** Split a word too long for any line into chunks that fit `max` (URLs, identifiers). */
function splitLong(fonts, word, max) {
    const out = [];
    let current = { pieces: [], width: 0, space: 0 };
    for (const piece of word.pieces) {
        for (const ch of Array.from(piece.text)) {
            const w = measure(fonts, ch, piece.style);
            if (current.width + w > max && current.width > 0) {
                out.push(current);
                current = { pieces: [], width: 0, space: 0 };
            }
            const last = current.pieces.at(-1);
            if (last && last.style === piece.style) {
                last.text += ch;
                last.width += w;
            }
            else
                current.pieces.push({ text: ch, style: piece.style, width: w });
            current.width += w;
        }
    }
    out.push({ ...current, space: word.space, ...(word.spaceStyle ? { spaceStyle: word.spaceStyle } : {}), ...(word.breakAfter ? { breakAfter: true } : {}) });
    return out;
}
const TOKENS = /[ \t\r\n]+|[^ \t\r\n]+/g;
/** Long tokens with slashes may break after each slash, like web addresses in print. */
function urlParts(token) {
    if (token.length < 24 || !token.includes('/'))
        return [token];
    return token.split(/(?<=\/)(?=[^/])/);
}
/** Runs cut into tokens (words and whitespace), with every word shaped up front per font. */
function tokenize(fonts, runs) {
    const tokens = [];
    const byFont = new Map();
    for (const run of runs) {
        if (run.text === '\n') {
            tokens.push({ token: '\n', style: run.style });
            continue;
        }
        for (const token of run.text.match(TOKENS) ?? []) {
            const space = /^[ \t\r\n]/.test(token);
            for (const part of space ? [token] : urlParts(token))
                tokens.push({ token: part, style: run.style });
            if (space)
                continue;
            const list = byFont.get(run.style.font) ?? [];
            list.push(...urlParts(token));
            byFont.set(run.style.font, list);
        }
    }
    for (const [font, words] of byFont)
        fonts.prepare(font, words);
    return tokens;
}
/** Cut runs into measured words; whitespace (and soft line breaks) separates words. */
export function toWords(fonts, runs, max) {
    const words = [];
    let current = { pieces: [], width: 0, space: 0 };
    const finish = () => {
        if (current.pieces.length === 0 && current.space === 0 && !current.breakAfter)
            return;
        words.push(...(current.width > max ? splitLong(fonts, current, max) : [current]));
        current = { pieces: [], width: 0, space: 0 };
    };
    const tokens = tokenize(fonts, runs);
    tokens.forEach(({ token, style }, i) => {
        const next = tokens[i + 1];
        if (token === '\n') {
            current.breakAfter = true;
            finish();
        }
        else if (/^[ \t\r\n]/.test(token)) {
            if (current.pieces.length === 0)
                return;
            current.space = measure(fonts, ' ', style);
            current.spaceStyle = style;
            finish();
        }
        else {
            const width = measure(fonts, token, style);
            current.pieces.push({ text: token, style, width });
            current.width += width;
            if (token.endsWith('/') && next && !/^[ \t\r\n]/.test(next.token) && next.token !== '\n')
                finish();
        }
    });
    finish();
    return words;
}
