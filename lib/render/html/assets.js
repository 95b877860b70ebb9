import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
/**
 * Local files the page refers to (images, logo), copied next to it under `assets/`.
 * One collector per render: it holds which files were taken and under which name. It is
 * handed only images the check accepted (the book's image resolver decides that).
 */
export class AssetCollector {
    contentDir;
    byPath = new Map();
    names = new Set();
    assets = [];
    constructor(contentDir) {
        this.contentDir = contentDir;
    }
    /** The page-relative URL of an accepted image file, or undefined if it vanished since the check. */
    add(file) {
        const abs = path.resolve(file);
        const known = this.byPath.get(abs);
        if (known)
            return known;
        if (!isFile(abs))
            return undefined;
        const name = this.uniqueName(abs);
        this.assets.push({ name, data: readFileSync(abs) });
        const url = name.split('/').map(encodeURIComponent).join('/');
        this.byPath.set(abs, url);
        return url;
    }
    uniqueName(abs) {
        const rel = path.relative(this.contentDir, abs).split(path.sep).join('/');
        const wanted = rel.startsWith('assets/') ? rel : `assets/${rel}`;
        const ext = path.posix.extname(wanted);
        let name = wanted;
        for (let n = 2; this.names.has(name); n++)
            name = `${wanted.slice(0, wanted.length - ext.length)}-${n}${ext}`;
        this.names.add(name);
        return name;
    }
}
function isFile(file) {
    try {
        return statSync(file).isFile();
    }
    catch {
        return false;
    }
}
