import { type BaseRef } from './base-ref.ts';
import { type Repository } from './repository.ts';
/** Commits to add to a shallow history per attempt before giving up (1,250 in all). */
export declare const DEEPEN_STEPS: readonly number[];
/** The commit where the branch left the base, and whether history had to be fetched to find it. */
export interface MergeBase {
    commit: string;
    deepened: boolean;
}
/**
 * `git merge-base <base> HEAD`. In a shallow clone (CI's `fetch-depth: 1`) the common
 * commit is usually missing, so fetch deeper history a few times first; `--deepen`
 * extends every shallow edge, the branch under test's as well as the base's.
 */
export declare function findMergeBase(repo: Repository, base: BaseRef, steps?: readonly number[]): Promise<MergeBase | undefined>;
