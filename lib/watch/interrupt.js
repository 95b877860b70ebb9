/**
 * An AbortSignal that fires on the first Ctrl-C (SIGINT) or SIGTERM. The handlers are
 * removed as soon as it fires, so a second Ctrl-C ends the process the usual way.
 */
export function interruptSignal() {
    const controller = new AbortController();
    const dispose = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
    };
    function stop() {
        dispose();
        controller.abort();
    }
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return { signal: controller.signal, dispose };
}
