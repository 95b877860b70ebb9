import { buildCommand } from "./build.js";
import { checkCommand } from "./check.js";
import { exportCommand } from "./export.js";
import { initCommand } from "./init.js";
import { newCommand } from "./new.js";
import { schemaCommand } from "./schema.js";
import { serveCommand } from "./serve.js";
import { statsCommand } from "./stats.js";
import { watchCommand } from "./watch.js";
/** Every subcommand of `masterplan`, in the order `--help` lists them. */
export const COMMANDS = [checkCommand, buildCommand, newCommand, initCommand, statsCommand, exportCommand, watchCommand, serveCommand, schemaCommand];
