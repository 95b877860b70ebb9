import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The cache folder a build keeps its stores in, and the masterplan version that writes them. */
export interface CacheFolder {
  dir: string;
  version: string;
}

/**
 * A cache file beside the content cache that a build reads whole: a header line naming what
 * it was written for (`key`) with the checksum of the rest, then one JSON object. Nothing
 * of a file written for another key, or changed since, is trusted.
 */
export function readSealed(file: string, key: string): Record<string, unknown> | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const cut = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, cut)) as { key?: unknown; sha1?: unknown };
    const body = text.slice(cut + 1);
    if (header.key !== key || header.sha1 !== createHash('sha1').update(body).digest('hex')) return undefined;
    const parsed = JSON.parse(body) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.assign(Object.create(null) as Record<string, unknown>, parsed) : undefined;
  } catch {
    return undefined;
  }
}

/** Write `entries` sealed for `key`, atomically (a temporary file renamed); false when it could not be written. */
export function writeSealed(file: string, key: string, entries: Readonly<Record<string, unknown>>): boolean {
  const body = JSON.stringify(entries);
  const header = JSON.stringify({ key, sha1: createHash('sha1').update(body).digest('hex') });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, `${header}\n${body}`);
    renameSync(temp, file);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}
