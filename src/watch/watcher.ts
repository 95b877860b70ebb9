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
 * per burst (editors save in several steps: write a temp file, rename, touch).
 */
export function watchFolder(dir: string, onChange: (paths: string[]) => void, onError: (error: unknown) => void, debounceMs = 120): FolderWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { ignoreInitial: true, ignored, atomic: true });
  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending.clear();
    if (paths.length > 0) onChange(paths);
  };
  watcher.on('all', (_event, file) => {
    pending.add(path.resolve(dir, file));
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
