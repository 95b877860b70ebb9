import { h } from "../h.js";
/**
 * A fixer for task-list checkboxes, which become a labelled status mark (a disabled,
 * unlabelled input is a form control without a name), and tables, which get a named,
 * focusable wrapper that scrolls sideways on narrow screens (keyboard users can scroll it too).
 * Returns the replacement node, or undefined. Counts tables, so use one per block.
 */
export function taskAndTableFixer(options) {
    let tables = 0;
    return (node) => {
        if (node.tagName === 'input') {
            const checked = Boolean(node.properties.checked);
            return h('span', { className: ['task', checked ? 'task-done' : 'task-open'], role: 'img', ariaLabel: checked ? options.done : options.open });
        }
        if (node.tagName !== 'table')
            return undefined;
        tables += 1;
        const label = tables > 1 ? `${options.tableLabel} (${tables})` : options.tableLabel;
        return h('section', { className: ['table-wrap'], ariaLabel: label, tabIndex: 0 }, node);
    };
}
