import type { Element, ElementContent, Properties, Text } from 'hast';
/** What `h` accepts as children: nodes, strings (escaped as text), nested lists, and nothing. */
export type Child = ElementContent | string | number | null | undefined | false | readonly Child[];
/** A text node. hast-util-to-html escapes it, so template values never become markup. */
export declare function text(value: string): Text;
/**
 * Build a hast element, hastscript-style, with hast property names
 * (`className`, `ariaLabel`, `dataFoo`, `htmlFor`). Undefined and false properties are left out.
 */
export declare function h(tagName: string, properties?: Properties, ...children: Child[]): Element;
