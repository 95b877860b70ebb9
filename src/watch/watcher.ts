import path from 'node:path';
import { watch } from 'chokidar';

/** A running folder watcher. */
export interface FolderWatcher {
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Hidden files and folders, editor swap and backup files, and our own temporary files. */
function ignored(file: string): boolean {
  const base = path.basename(file);
  return base.startsWith('.') || base === 'node_modules' || base.endsWith('~') || /\.(swp|swx|tmp)$/.test(base) || /\.tmp-\d+-\d+$/.test(base);
}

/**
 * Watch a folder tree and call `onChange` with the absolute paths that changed, once
 * per burst (editors save in several steps: write a temp file, rename, touch). The
 * folder is watched from its parent, limited to the folder itself: when it is replaced
 * (moved away and another put in its place, a branch switch that recreates it), the
 * new one is watched as the old one was.
 */
export function watchFolder(dir: string, onChange: (paths: string[]) => void, onError: (error: unknown) => void, debounceMs = 120): FolderWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const root = path.resolve(dir);
  const parent = path.dirname(root);
  const outside = (file: string) => {
    const abs = path.resolve(parent, file);
    return abs !== parent && abs !== root && !abs.startsWith(root + path.sep);
  };
  const watcher = watch(parent, { ignoreInitial: true, ignored: (file) => outside(file) || ignored(file), atomic: true });
  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending.clear();
    if (paths.length > 0) onChange(paths);
  };
  watcher.on('all', (_event, file) => {
    pending.add(path.resolve(parent, file));
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  watcher.on('error', onError);
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
