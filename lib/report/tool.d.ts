/** Who produced a report: named in SARIF's `tool.driver` and JUnit's suite names. */
export declare const TOOL: {
    readonly name: string;
    readonly version: string;
};
