/** An example value for `key`: the file's own examples first, then the shared ones. */
export declare function exampleOf(key: string, own?: Readonly<Record<string, string>>): string | undefined;
