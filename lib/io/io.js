/** The real process's streams, working directory and environment. */
export function processIo() {
    return {
        stdout: {
            write: (text) => void process.stdout.write(text),
            isTTY: Boolean(process.stdout.isTTY),
            get columns() {
                return process.stdout.columns;
            },
        },
        stderr: { write: (text) => void process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) },
        cwd: process.cwd(),
        env: process.env,
        // A getter: touching process.stdin creates the stream, which only commands that ask questions need.
        get stdin() {
            return process.stdin;
        },
    };
}
/** An in-memory io for tests: collects what a command prints. */
export function memoryIo(cwd, env = {}) {
    let out = '';
    let err = '';
    return {
        stdout: { write: (text) => void (out += text), isTTY: false },
        stderr: { write: (text) => void (err += text), isTTY: false },
        cwd,
        env,
        out: () => out,
        err: () => err,
    };
}
