import pkg from '../../package.json' with { type: 'json' };
/** Who produced a report: named in SARIF's `tool.driver` and JUnit's suite names. */
export const TOOL = { name: pkg.name, version: pkg.version };
