/** What `check --changed` tells the user on stderr, in the command's language. */
export declare const CHANGED_MESSAGES: {
    id: {
        changed: (n: number, base: string, commit: string) => string;
        fetchedBase: (base: string) => string;
        deepened: string;
        bookChanged: (file: string) => string;
        shallow: string;
        noGit: string;
        notRepo: (dir: string) => string;
        noBase: (tried: string) => string;
        noMergeBase: (base: string) => string;
        gitFailed: string;
        badBase: (ref: string) => string;
    };
    en: {
        changed: (n: number, base: string, commit: string) => string;
        fetchedBase: (base: string) => string;
        deepened: string;
        bookChanged: (file: string) => string;
        shallow: string;
        noGit: string;
        notRepo: (dir: string) => string;
        noBase: (tried: string) => string;
        noMergeBase: (base: string) => string;
        gitFailed: string;
        badBase: (ref: string) => string;
    };
};
