/** What `masterplan watch`'s parent process sends its child for Ctrl-C (bin/watch-process.js). */
const STOP_MESSAGE = 'masterplan:stop';

/**
 * An AbortSignal that fires on the first Ctrl-C (SIGINT) or SIGTERM. The handlers are
 * removed as soon as it fires, so a second Ctrl-C ends the process the usual way. In the
 * child process `watch` runs in, the parent's stop message counts as the first Ctrl-C,
 * and the parent's end (its IPC channel closing) stops the session too.
 */
export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onMessage = (message: unknown) => {
    if (message === STOP_MESSAGE) stop();
  };
  const dispose = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    process.off('message', onMessage);
    process.off('disconnect', stop);
  };
  function stop(): void {
    dispose();
    controller.abort();
  }
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (process.env.MASTERPLAN_WATCH_CHILD && process.channel) {
    process.on('message', onMessage);
    process.on('disconnect', stop);
    // The channel only carries the stop message: it must not keep the process alive once the session ends.
    process.channel.unref();
  }
  return { signal: controller.signal, dispose };
}
