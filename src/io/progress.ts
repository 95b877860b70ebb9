import type { Output } from './io.ts';

/** Step messages for long work: one line that updates in place on a terminal, nothing elsewhere. */
export interface Progress {
  /** Show what is being done now ("Menyusun PDF…"). */
  step(text: string): void;
  /** Show a counter ("Menyusun PDF… 120/240 halaman"). */
  count(text: string, done: number, total: number): void;
  /** Clear the line, so the next output starts clean. */
  done(): void;
}

const SILENT: Progress = { step() {}, count() {}, done() {} };

/**
 * Progress on `out` when it is a terminal (and CI is not set), else silent: logs and
 * pipes get results, not spinner noise.
 */
export function progress(out: Output, env: Readonly<Record<string, string | undefined>> = {}): Progress {
  if (!out.isTTY || env.CI === 'true') return SILENT;
  let shown = false;
  const show = (text: string) => {
    const width = Math.max(20, (out.columns ?? 80) - 1);
    out.write(`\r\u001b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
    shown = true;
  };
  return {
    step: show,
    count: (text, done, total) => show(`${text} ${done}/${total}`),
    done: () => {
      if (shown) out.write('\r\u001b[2K');
      shown = false;
    },
  };
}
