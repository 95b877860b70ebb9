import { RULES } from "../rules/catalogue.js";
import { TOOL } from "./tool.js";
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function descriptor(rule) {
    return { id: rule.id, shortDescription: { text: rule.description }, defaultConfiguration: { level: rule.severity } };
}
function result(d, ruleIndex) {
    const index = ruleIndex.get(d.rule);
    return {
        ruleId: d.rule,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: d.severity,
        message: { text: d.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: pathToUri(d.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: d.line, startColumn: d.column },
                },
            },
        ],
        // The other files of a cross-file problem (the second side of a duplicate id).
        ...(d.related?.length
            ? { relatedLocations: d.related.map((file, id) => ({ id, physicalLocation: { artifactLocation: { uri: pathToUri(file), uriBaseId: '%SRCROOT%' } } })) }
            : {}),
        ...(d.suggestion !== undefined ? { properties: { suggestion: d.suggestion } } : {}),
    };
}
/**
 * A SARIF 2.1.0 formatter whose rule table lists `rules`; results point at paths
 * relative to `%SRCROOT%` (the repository), as code-scanning uploads expect.
 */
export function createSarif(rules) {
    const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
    return (input) => {
        const log = {
            $schema: SCHEMA,
            version: '2.1.0',
            runs: [
                {
                    tool: { driver: { name: TOOL.name, version: TOOL.version, rules: rules.map(descriptor) } },
                    // Columns are counted as JavaScript counts them, in UTF-16 code units.
                    columnKind: 'utf16CodeUnits',
                    results: input.diagnostics.map((d) => result(d, ruleIndex)),
                },
            ],
        };
        return `${JSON.stringify(log, null, 2)}\n`;
    };
}
/** SARIF 2.1.0 with every rule of the catalogue (for GitHub code scanning and other SARIF viewers). */
export const sarif = createSarif(RULES);
