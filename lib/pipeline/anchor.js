import { labels } from "../i18n/labels.js";
import { GENERATED_ANCHORS, IdRegistry, opdAnchorWanted } from "../model/anchors.js";
import { ANNEX_KEYS } from "../model/book.js";
import { chapterLabel } from "../model/names.js";
function dimensionChapter(d, anchor, ids, byInitiative, finish, lang) {
    const sections = d.sections.map((s) => ({ ...s, anchor: ids.claim(`section:${s.id}`, s.id), initiatives: s.initiatives.map((i) => ({ ...i, anchor: byInitiative.get(i) })) }));
    const base = { id: d.dimension.id, anchor, number: d.number, label: chapterLabel(d.number, lang), title: d.dimension.name[lang], dimension: d.dimension };
    const intro = d.intro ? { intro: { ...finish(d.intro), anchor: `${anchor}-intro` } } : {};
    return { ...base, ...intro, sections, initiatives: sections.flatMap((s) => s.initiatives) };
}
function annexes(ids, lang) {
    const l = labels(lang);
    const titles = { initiatives: l.initiativeList, quickWins: l.quickWinList, matrix: l.opdMatrix, perOpd: l.initiativesPerOpd, roadmap: l.roadmap, indicators: l.indicators };
    return ANNEX_KEYS.map((key, n) => ({ key, number: n + 1, title: titles[key], anchor: ids.claim(`generated:${key}`, GENERATED_ANCHORS[key]) }));
}
/**
 * Give every part its anchor, in priority order: initiatives keep their own ids whatever
 * else is named alike, then chapters, sections, the generated parts and the OPD rows.
 */
export function anchorParts(parts, lang) {
    const ids = new IdRegistry();
    const all = parts.dimensions.flatMap((c) => c.sections.flatMap((s) => s.initiatives));
    const byInitiative = new Map(all.map((i) => [i, ids.claim(`initiative:${i.file}`, i.id)]));
    const chapterAnchors = parts.dimensions.map((d) => ids.claim(`chapter:${d.dimension.id}`, d.dimension.id));
    const chapters = parts.dimensions.map((d, n) => dimensionChapter(d, chapterAnchors[n], ids, byInitiative, parts.finish, lang));
    const plain = (c) => ({ ...parts.finish(c), anchor: ids.claim(`chapter:${c.id}`, c.id) });
    const front = parts.front.map(plain);
    const back = parts.back.map(plain);
    const generated = (key) => ids.claim(`generated:${key}`, GENERATED_ANCHORS[key]);
    const fixed = { annexes: generated('annexes'), approval: generated('approval'), abbreviations: generated('abbreviations'), summary: generated('summary') };
    const annexList = annexes(ids, lang);
    const initiatives = chapters.flatMap((c) => c.initiatives);
    const groups = parts.opds.map(({ opd, registered }) => ({ opd, registered, anchor: ids.claim(`opd:${opd.id}`, opdAnchorWanted(opd.id)), initiatives: initiatives.filter((i) => i.opd.id === opd.id) }));
    return { chapters, front, back, groups, annexes: annexList, anchors: { ...fixed, all: ids.all } };
}
