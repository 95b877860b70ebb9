function flatten(children, out) {
    for (const child of children) {
        if (child === null || child === undefined || child === false)
            continue;
        if (Array.isArray(child))
            flatten(child, out);
        else if (typeof child === 'string' || typeof child === 'number')
            out.push(text(String(child)));
        else
            out.push(child);
    }
    return out;
}
/** A text node. hast-util-to-html escapes it, so template values never become markup. */
export function text(value) {
    return { type: 'text', value };
}
/**
 * Build a hast element, hastscript-style, with hast property names
 * (`className`, `ariaLabel`, `dataFoo`, `htmlFor`). Undefined and false properties are left out.
 */
export function h(tagName, properties = {}, ...children) {
    const props = {};
    for (const [key, value] of Object.entries(properties)) {
        if (value !== undefined && value !== null && value !== false)
            props[key] = value;
    }
    return { type: 'element', tagName, properties: props, children: flatten(children, []) };
}
