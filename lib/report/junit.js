import { TOOL } from "./tool.js";
import { fileCount, groupByFile, WORDS } from "./words.js";
import { tag, xmlText } from "./xml.js";
function details(d, words) {
    const suggestion = d.suggestion !== undefined ? `\n${words.suggestion}: ${d.suggestion}` : '';
    return `${d.file}:${d.line}:${d.column}: ${d.message} (${d.rule})${suggestion}`;
}
/** An error fails its test case; a warning passes (as the check does) but keeps its text in system-out. */
function testcase(d, words) {
    const open = tag('testcase', { classname: d.file, name: `${d.line}:${d.column} ${d.rule}`, file: d.file, line: d.line });
    const body = d.severity === 'error'
        ? `${tag('failure', { type: 'error', message: d.message })}${xmlText(details(d, words))}</failure>`
        : `<system-out>${xmlText(`${words.warning}: ${details(d, words)}`)}</system-out>`;
    return [`    ${open}`, `      ${body}`, '    </testcase>'];
}
function suite(file, list, words) {
    const failures = list.filter((d) => d.severity === 'error').length;
    const open = tag('testsuite', { name: file, tests: list.length, failures, errors: 0, skipped: 0 });
    return [`  ${open}`, ...list.flatMap((d) => testcase(d, words)), '  </testsuite>'];
}
/**
 * JUnit XML: a test suite per file with problems and a test case per diagnostic, plus one
 * passing test case standing for the files without problems (the results name only those
 * with problems), so that a clean run still shows a passed test.
 */
export const junit = (input, { lang }) => {
    const words = WORDS[lang];
    const clean = Math.max(0, input.files - fileCount(input.diagnostics));
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    lines.push(tag('testsuites', { name: TOOL.name, tests: input.diagnostics.length + (clean > 0 ? 1 : 0), failures: input.errors, errors: 0 }));
    for (const [file, list] of groupByFile(input.diagnostics))
        lines.push(...suite(file, list, words));
    if (clean > 0) {
        lines.push(`  ${tag('testsuite', { name: TOOL.name, tests: 1, failures: 0, errors: 0, skipped: 0 })}`);
        lines.push(`    ${tag('testcase', { classname: TOOL.name, name: words.passed(clean) }, true)}`, '  </testsuite>');
    }
    lines.push('</testsuites>', '');
    return lines.join('\n');
};
