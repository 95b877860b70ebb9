import { readFileSync } from 'node:fs';

/** What masterplan's own package.json says about it. */
export interface PackageInfo {
  name: string;
  version: string;
  /** Set once the package is published to a registry under `name`. */
  published: boolean;
  /** The repository, when package.json names one. */
  repository?: string;
}

let cached: PackageInfo | undefined;

/** masterplan's own package.json (two folders up from here, in src/ and in lib/ alike). */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const repository = typeof raw.repository === 'string' ? raw.repository : (raw.repository as { url?: unknown } | undefined)?.url;
  cached = {
    name: String(raw.name),
    version: String(raw.version),
    published: typeof raw.publishConfig === 'object' && raw.publishConfig !== null && !raw.private,
    ...(typeof repository === 'string' ? { repository } : {}),
  };
  return cached;
}

/** The package folder itself: what `init` can point a new project at. */
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
