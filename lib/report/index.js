import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
/** Formatters by the name `--format` takes. */
export const FORMATTERS = { stylish, json, github, sarif, junit, gitlab };
