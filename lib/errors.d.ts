/** A problem with how the tool was called or configured (exit code 2), with a message for the user. */
export declare class UsageError extends Error {
    name: string;
}
