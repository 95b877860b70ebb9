import path from 'node:path';
import { watch } from 'chokidar';
/** Hidden files and folders, editor swap and backup files, and our own temporary files. */
function ignored(file) {
    const base = path.basename(file);
    return base.startsWith('.') || base === 'node_modules' || base.endsWith('~') || /\.(swp|swx|tmp)$/.test(base) || /\.tmp-\d+-\d+$/.test(base);
}
/**
 * Watch a folder tree and call `onChange` with the absolute paths that changed, once
 * per burst (editors save in several steps: write a temp file, rename, touch).
 */
export function watchFolder(dir, onChange, onError, debounceMs = 120) {
    const pending = new Set();
    let timer;
    const watcher = watch(dir, { ignoreInitial: true, ignored, atomic: true });
    const flush = () => {
        timer = undefined;
        const paths = [...pending].sort();
        pending.clear();
        if (paths.length > 0)
            onChange(paths);
    };
    watcher.on('all', (_event, file) => {
        pending.add(path.resolve(dir, file));
        if (timer)
            clearTimeout(timer);
        timer = setTimeout(flush, debounceMs);
    });
    watcher.on('error', onError);
    const ready = new Promise((resolve) => watcher.once('ready', () => resolve()));
    return {
        ready,
        async close() {
            if (timer)
                clearTimeout(timer);
            await watcher.close();
        },
    };
}
