export declare const SRC: string;
export declare const LIB: string;
export declare const STAMP: string;
export declare function sourceKey(): string;
export declare function isStale(): boolean;
