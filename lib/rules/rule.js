/** Declare a rule; its checks and messages share the parameter type `P`. */
export function defineRule(rule) {
    // The runner only hands a rule's own report parameters back to its own messages.
    return rule;
}
