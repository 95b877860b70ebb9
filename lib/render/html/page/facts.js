import { h } from "../h.js";
/** A list item: a short name with its full name on hover (the annex lists every full name), or plain text. */
function item(it) {
    return it.title ? h('abbr', { title: it.title }, it.text) : h('span', {}, it.text);
}
function value(v) {
    switch (v.kind) {
        case 'text':
            return v.text;
        case 'list':
            return h('ul', { className: ['inline-list'] }, v.items.map((it) => h('li', {}, it.title ? item(it) : it.text)));
        case 'kpi':
            return h('ul', { className: ['kpi-list'] }, v.items.map((k) => h('li', {}, `${k.indicator}: `, h('strong', {}, k.target), k.year ? ` (${k.year})` : '')));
    }
}
/** The facts block under an initiative's title: a definition list of the model's rows. */
export function factsBlock(i) {
    return h('dl', { className: ['facts'] }, i.facts.map((row) => h('div', {}, h('dt', {}, row.label), h('dd', {}, value(row.value)))));
}
