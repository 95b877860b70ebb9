/** The git repository that holds the book project. */
export interface Repository {
    /** Absolute path of the working tree's top folder, as git reports it (symlinks resolved). */
    root: string;
    /** The remote to fetch from (`origin` when there is one), if any. */
    remote?: string;
    /** A clone made with `--depth`: part of the history is missing. */
    shallow: boolean;
}
/** Find the repository containing `dir`, or undefined when `dir` is not inside one. Throws GitMissingError. */
export declare function openRepository(dir: string): Promise<Repository | undefined>;
/** Is the repository still shallow (a deepening may have reached the first commit)? */
export declare function isShallow(repo: Repository): Promise<boolean>;
