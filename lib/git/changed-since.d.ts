import { type CiEnv } from './base-ref.ts';
/** Why `--changed` could not tell which files changed, so every file is reported. */
export type FallbackReason = 'no-git' | 'not-repo' | 'no-base' | 'shallow' | 'no-merge-base' | 'git-failed';
/** The answer to "which files changed since the merge base?". */
export type ChangeSet = {
    kind: 'changed';
    base: string;
    mergeBase: string;
    deepened: boolean;
    fetched: boolean;
    files: string[];
} | {
    kind: 'unknown';
    reason: FallbackReason;
    base?: string;
    tried: string[];
} | {
    kind: 'bad-base';
    ref: string;
};
/** Where to look and what to compare with. */
export interface ChangedOptions {
    /** Working directory: `files` are relative to it, with `/`. */
    cwd: string;
    /** The content folder (absolute); only files under it are listed. */
    dir: string;
    /** `--base <ref>`, if given. */
    base?: string;
    env: CiEnv;
    /** Deepening steps for shallow clones (tests shorten them). */
    deepen?: readonly number[];
}
/** Ask git which files under the content folder changed since the branch left its base. */
export declare function changedSince(options: ChangedOptions): Promise<ChangeSet>;
