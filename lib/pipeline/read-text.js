import { offsetPosition, parseYaml, yamlData } from "../diagnostics/yaml-position.js";
import { decode } from "./decode.js";
/** The text of a file, or where its UTF-8 breaks. */
export function readText(bytes) {
    const decoded = decode(bytes);
    if (decoded.ok)
        return { text: decoded.text };
    return { failure: { kind: 'encoding', position: decoded.position, byte: decoded.byte } };
}
/**
 * YAML with positions from `base` and its plain data (an empty document is `{}`), or its
 * first error (later ones are mostly knock-on effects).
 */
export function readYaml(text, base) {
    const yaml = parseYaml(text, base);
    const error = yaml.doc.errors[0];
    if (error)
        return { failure: { kind: 'yaml', position: offsetPosition(yaml, error.pos[0]), error } };
    try {
        return { yaml, data: yamlData(yaml) ?? {} };
    }
    catch (thrown) {
        // `yaml` refuses to expand an alias bomb; say so instead of failing the whole run.
        if (!(thrown instanceof Error) || !/alias/i.test(thrown.message))
            throw thrown;
        return { failure: { kind: 'aliases', position: base } };
    }
}
