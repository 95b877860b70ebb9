import { csv } from "./csv.js";
import { json } from "./json.js";
import { markdown } from "./markdown.js";
import { table } from "./table.js";
/** Stats formats by the name `--format` takes; `table` is the default. */
export const STATS_FORMATS = { table, json, csv, markdown };
export { computeStats } from "./compute.js";
export { statsView } from "./view.js";
