import type { Element } from 'hast';
/** Labels for task marks and table regions. */
export interface TaskTableOptions {
    done: string;
    open: string;
    /** "Tabel — 4.2.5 TOSSA": names the scrolling region of each table, unique in the page. */
    tableLabel: string;
}
/**
 * A fixer for task-list checkboxes, which become a labelled status mark (a disabled,
 * unlabelled input is a form control without a name), and tables, which get a named,
 * focusable wrapper that scrolls sideways on narrow screens (keyboard users can scroll it too).
 * Returns the replacement node, or undefined. Counts tables, so use one per block.
 */
export declare function taskAndTableFixer(options: TaskTableOptions): (node: Element) => Element | undefined;
