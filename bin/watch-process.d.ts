/** Whether this process should hand `args` to a child with a larger young generation. */
export function wantsWatchProcess(args: readonly string[], env?: Readonly<Record<string, string | undefined>>, execArgv?: readonly string[]): boolean;
/** Run `script args` in a child with a larger young generation; resolves with the exit code to use. */
export function runWatchProcess(script: string, args: readonly string[]): Promise<number>;
