const SILENT = { step() { }, count() { }, done() { } };
/**
 * Progress on `out` when it is a terminal (and CI is not set), else silent: logs and
 * pipes get results, not spinner noise.
 */
export function progress(out, env = {}) {
    if (!out.isTTY || env.CI === 'true')
        return SILENT;
    let shown = false;
    const show = (text) => {
        const width = Math.max(20, (out.columns ?? 80) - 1);
        out.write(`\r\u001b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
        shown = true;
    };
    return {
        step: show,
        count: (text, done, total) => show(`${text} ${done}/${total}`),
        done: () => {
            if (shown)
                out.write('\r\u001b[2K');
            shown = false;
        },
    };
}
