/** A built HTML edition: the page and the files it links to (`assets/…`). */
export interface PreviewPage {
    html: string;
    assets: readonly {
        name: string;
        data: Buffer;
    }[];
}
/** A running preview server; `close()` stops it and ends every open connection. */
export interface PreviewServer {
    url: string;
    port: number;
    /** Serve a new build and tell every open page to reload. */
    publish(page: PreviewPage): void;
    /** Show a problem banner on every open page (the last good build stays served). */
    problems(text: string): void;
    close(): Promise<void>;
}
/** Where and how to listen. */
export interface PreviewOptions {
    /** First port to try; the next ones are tried while it is taken. 0 lets the system choose. */
    port: number;
    /** How many ports to try, from `port` on. */
    tries?: number;
    /** Text of the page shown before the first build is ready. */
    waiting: string;
    lang: string;
}
/**
 * Serve the HTML edition on 127.0.0.1 with live reload: pages get a small client that
 * listens on a server-sent-events stream; `publish` swaps the page and sends `reload`.
 * Requests naming another host are refused, so a web page elsewhere cannot read the
 * draft through DNS rebinding.
 */
export declare function startPreviewServer(options: PreviewOptions): Promise<PreviewServer & {
    skipped: number[];
}>;
