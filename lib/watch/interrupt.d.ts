/**
 * An AbortSignal that fires on the first Ctrl-C (SIGINT) or SIGTERM. The handlers are
 * removed as soon as it fires, so a second Ctrl-C ends the process the usual way.
 */
export declare function interruptSignal(): {
    signal: AbortSignal;
    dispose(): void;
};
