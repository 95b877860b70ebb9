import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** Below this much live heap a collection between the editions is not worth its time. */
const SMALL_HEAP = 256 * 1024 * 1024;

/**
 * A full garbage collection now, when the heap is large. V8 lets the heap grow to a few times what was live at
 * its last full collection; when one big piece of work ends (the PDF of a national book)
 * and a lighter one begins (its HTML page), that limit still reflects the first, and the
 * second would grow the process far past what it holds. One collection between them
 * resets it. (The same way Jest's leak detector reaches the collector: the flag is set,
 * then `gc` is taken from a fresh context, where it exists.)
 */
export function collectGarbage(): void {
  // A small book's heap is far below any limit that matters: a full collection would only cost time.
  if (getHeapStatistics().used_heap_size < SMALL_HEAP) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

/**
 * Let the heap grow to at most twice what was live at the last full collection, instead
 * of V8's up to four times when it allocates fast. A long book's layout allocates fast
 * and keeps little: by default its process grows to three or four times the memory it
 * holds. Measured on 10,000 initiatives: peak 1.54 GB -> 1.24 GB, the same CPU time.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=100');
}
