export declare function build(): void;
export declare function ensureBuilt(log?: (text: string) => void): boolean;
