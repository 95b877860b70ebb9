import type { Element, ElementContent, Properties, Text } from 'hast';

/** What `h` accepts as children: nodes, strings (escaped as text), nested lists, and nothing. */
export type Child = ElementContent | string | number | null | undefined | false | readonly Child[];

function flatten(children: readonly Child[], out: ElementContent[]): ElementContent[] {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) flatten(child, out);
    else if (typeof child === 'string' || typeof child === 'number') out.push(text(String(child)));
    else out.push(child as ElementContent);
  }
  return out;
}

/** A text node. hast-util-to-html escapes it, so template values never become markup. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * Build a hast element, hastscript-style, with hast property names
 * (`className`, `ariaLabel`, `dataFoo`, `htmlFor`). Undefined and false properties are left out.
 */
export function h(tagName: string, properties: Properties = {}, ...children: Child[]): Element {
  const props: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== undefined && value !== null && value !== false) props[key] = value;
  }
  return { type: 'element', tagName, properties: props, children: flatten(children, []) };
}
