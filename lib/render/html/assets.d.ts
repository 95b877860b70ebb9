import type { HtmlAsset } from './index.ts';
/**
 * Local files the page refers to (images, logo), copied next to it under `assets/`.
 * One collector per render: it holds which files were taken and under which name. It is
 * handed only images the check accepted (the book's image resolver decides that).
 */
export declare class AssetCollector {
    private readonly contentDir;
    private readonly byPath;
    private readonly names;
    readonly assets: HtmlAsset[];
    constructor(contentDir: string);
    /** The page-relative URL of an accepted image file, or undefined if it vanished since the check. */
    add(file: string): string | undefined;
    private uniqueName;
}
