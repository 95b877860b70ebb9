import path from 'node:path';
import { sourceDateEpoch } from "../app/editions.js";
import { produce } from "../app/produce.js";
import { printProblems } from "../io/print.js";
import { progress } from "../io/progress.js";
import { createStageCache } from "./cache.js";
import { watchMessages } from "./messages.js";
import { watchFolder } from "./watcher.js";
/** A clock reading for log lines ("14:05:09"), so writers can tell one rebuild from the last. */
function clock() {
    return new Date().toTimeString().slice(0, 8);
}
const message = (error) => (error instanceof Error ? error.message : String(error));
const shown = (io, file) => path.relative(io.cwd, file).split(path.sep).join('/') || '.';
/** Check the book (through the cache), print its problems, and render it when it has no errors. */
async function build(ctx) {
    const { io, content, lang, draft, editions } = ctx.options;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    let result;
    ctx.line.step(watchMessages(ctx.lang).reading);
    const epoch = sourceDateEpoch(io.env);
    const request = { cwd: io.cwd, content, stages: ctx.cache, editions, progress: ctx.line, ...(lang ? { lang } : {}), ...(draft !== undefined ? { draft } : {}), ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}) };
    try {
        const run = await produce({
            ...request,
            onChecked: (checked) => {
                ctx.line.done();
                result = checked;
                ctx.lang = checked.lang;
                printProblems(io, checked);
            },
        });
        return { result: run.result, ...(run.rendered ? { rendered: run.rendered } : {}), lang: ctx.lang, seconds: seconds() };
    }
    catch (error) {
        ctx.line.done();
        // Before the check finished this is a usage problem (no content folder): the caller decides.
        if (!result)
            throw error;
        return { result, failure: message(error), lang: ctx.lang, seconds: seconds() };
    }
}
/** One rebuild after changes: never throws, whatever happened to the files. */
async function rebuild(ctx, changed) {
    const { io } = ctx.options;
    io.stderr.write(`\n[${clock()}] ${watchMessages(ctx.lang).changed(changed.map((p) => shown(io, p)).join(', '))}\n`);
    let outcome;
    try {
        outcome = await build(ctx);
    }
    catch (error) {
        // book.yml or the whole folder may vanish while someone renames things: report and wait.
        outcome = { failure: message(error), lang: ctx.lang, seconds: 0 };
    }
    await ctx.options.onBuilt(outcome);
}
function aborted(signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            resolve();
        else
            signal.addEventListener('abort', () => resolve(), { once: true });
    });
}
/**
 * Watch the content folder and rebuild after each burst of changes, re-reading only
 * the files that changed. Content errors are printed, never fatal; the session ends
 * when `signal` aborts. The first build runs before watching starts, and a usage
 * problem there (no content folder) is thrown as usual.
 */
export async function runSession(options) {
    const { io } = options;
    const ctx = { options, cache: createStageCache(), line: progress(io.stderr, io.env), lang: options.lang ?? 'id' };
    await options.onBuilt(await build(ctx));
    if (options.signal.aborted)
        return;
    const contentDir = path.resolve(io.cwd, options.content);
    const queue = serialise((paths) => rebuild(ctx, paths), ctx.cache.invalidate);
    const watcher = watchFolder(contentDir, queue.push, (error) => io.stderr.write(`${message(error)}\n`));
    await watcher.ready;
    io.stderr.write(`${watchMessages(ctx.lang).watching(shown(io, contentDir))}\n`);
    await aborted(options.signal);
    await watcher.close();
    await queue.idle();
    io.stderr.write(`${watchMessages(ctx.lang).stopped}\n`);
}
/** Run one rebuild at a time; changes that arrive meanwhile are merged into the next one. */
function serialise(task, invalidate) {
    let running;
    let waiting = [];
    const next = () => {
        if (running || waiting.length === 0)
            return;
        const paths = waiting;
        waiting = [];
        invalidate(paths);
        running = task(paths).finally(() => {
            running = undefined;
            next();
        });
    };
    return {
        push: (paths) => {
            waiting = [...new Set([...waiting, ...paths])].sort();
            next();
        },
        idle: async () => {
            while (running)
                await running;
        },
    };
}
