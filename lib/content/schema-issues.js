import { suggestKey } from "../diagnostics/key-aliases.js";
import { valueAt } from "../diagnostics/describe.js";
import { hasPath } from "../diagnostics/yaml-position.js";
import { keysAt } from "../diagnostics/zod-schema-walk.js";
const DROP = Symbol('drop');
function container(root, path) {
    let node = root;
    for (const segment of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[segment];
    }
    return node !== null && typeof node === 'object' ? node : undefined;
}
/** Mark the value at `path` for removal (its container when the value itself is absent). */
function drop(root, path) {
    if (path.length === 0)
        return false;
    const parent = container(root, path.slice(0, -1));
    const key = path[path.length - 1];
    if (!parent || !(key in parent))
        return drop(root, path.slice(0, -1));
    if (Array.isArray(parent))
        parent[Number(key)] = DROP;
    else
        delete parent[key];
    return true;
}
function compact(node) {
    if (Array.isArray(node))
        return node.filter((item) => item !== DROP).map(compact);
    if (node !== null && typeof node === 'object')
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, compact(v)]));
    return node;
}
/**
 * The data with every part zod rejects left out, parsed: a wrong optional value goes, a
 * wrong list item goes, an unknown key goes. Undefined when what is left still fails,
 * which happens when a required key is missing or wrong.
 */
export function prune(schema, data) {
    let current = structuredClone(data);
    for (let round = 0; round < 12; round++) {
        const result = schema.safeParse(current);
        if (result.success)
            return result.data;
        for (const issue of result.error.issues) {
            const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
            for (const path of paths)
                if (!drop(current, path))
                    return undefined;
        }
        current = compact(current);
    }
    return undefined;
}
/** Split issues into those on identity keys and the rest; an unknown key that meant an identity key counts as one. */
function partition(schema, issues, identityKeys) {
    const identity = [];
    const rest = [];
    const isIdentity = (key) => identityKeys.includes(String(key));
    for (const issue of issues) {
        if (issue.path.length > 0)
            (isIdentity(issue.path[0]) ? identity : rest).push(issue);
        else if (issue.code !== 'unrecognized_keys')
            identity.push(issue);
        else {
            const known = keysAt(schema, []);
            const meant = issue.keys.filter((k) => isIdentity(suggestKey(k, known) ?? ''));
            if (meant.length)
                identity.push({ ...issue, keys: meant });
            const others = issue.keys.filter((k) => !meant.includes(k));
            if (others.length)
                rest.push({ ...issue, keys: others });
        }
    }
    return [identity, rest];
}
/** Check a file's YAML against its schema; `identityKeys` are the keys without which it cannot be placed. */
export function checkSchema(schema, data, identityKeys, base) {
    const result = schema.safeParse(data);
    const all = result.success ? [] : result.error.issues;
    const subject = (issues) => ({ ...base, data, schema, issues, all });
    if (result.success)
        return { value: result.data, identity: subject([]), rest: subject([]) };
    const value = prune(schema, data);
    const [identity, rest] = partition(schema, all, identityKeys);
    // Whatever keeps the file out of the book must be reported as such.
    if (value === undefined && identity.length === 0)
        return { identity: subject([...all]), rest: subject([]) };
    return { ...(value === undefined ? {} : { value }), identity: subject(identity), rest: subject(rest) };
}
/** Paths of missing keys that an unknown key of the file probably meant (`judul` for `title`): said once, as the unknown key. */
export function meantPaths(subject) {
    const meant = new Set();
    for (const issue of subject.all) {
        if (issue.code !== 'unrecognized_keys')
            continue;
        const known = keysAt(subject.schema, issue.path);
        for (const key of issue.keys) {
            const target = suggestKey(key, known);
            if (target)
                meant.add(JSON.stringify([...issue.path, target]));
        }
    }
    return meant;
}
/** Whether the issue is about a key that is not written at all. */
export function isMissing(subject, path) {
    return valueAt(subject.data, path) === undefined && !hasPath(subject.yaml, path);
}
