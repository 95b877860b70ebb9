import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.ts';
import { editionRepository } from '../helpers/edition-book.ts';
import { cloneOf, removeScratch, scratch } from '../helpers/git-book.ts';
import { isolateGit } from '../helpers/git-repo.ts';

const exec = promisify(execFile);

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

/** `npx masterplan …` runs this checkout's CLI: no registry, no install. */
const NPX = `npx() { if [ "$1" = masterplan ]; then shift; node ${JSON.stringify(path.join(ROOT, 'bin', 'masterplan.js'))} "$@"; else return 127; fi; }\n`;

/** Evaluate a step's `if:` the way GitHub would on a pull_request event, for the conditions action.yml uses. */
function enabled(condition: string | undefined, inputs: Record<string, string>): boolean {
  if (!condition) return true;
  return condition.split('&&').every((part) => {
    const input = /^\s*inputs\.([\w-]+) == '([^']*)'\s*$/.exec(part);
    if (input) return inputs[input[1]!] === input[2];
    if (/^\s*github\.event_name == 'pull_request'\s*$/.test(part)) return true;
    throw new Error(`unknown condition: ${part}`);
  });
}

/** A value with `${{ inputs.x }}` filled in. */
const expand = (value: string, inputs: Record<string, string>) => value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');

let clone: string;
let summary: string;
let ran: string[];
let uploads: { name: string; path: string }[];

beforeAll(async () => {
  isolateGit();
  const repo = await editionRepository();
  // As actions/checkout gives it with fetch-depth 0: the branch under test, origin/main beside it.
  clone = await cloneOf(repo, '--branch', 'konsep-2');
  summary = path.join(await scratch('masterplan-summary-'), 'step-summary.md');
  await writeFile(summary, '');
  const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };
  // The template's settings: the workflow already ran npm ci.
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), install: 'false' };
  const env = { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: path.dirname(summary), SOURCE_DATE_EPOCH: '1564444800' };
  ran = [];
  uploads = [];
  for (const step of action.runs.steps) {
    if (!enabled(step.if, inputs)) continue;
    if (step.uses?.startsWith('actions/upload-artifact@')) uploads.push({ name: expand(step.with!.name!, inputs), path: expand(step.with!.path!, inputs) });
    if (!step.run) continue;
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]));
    await exec('bash', ['-e', '-c', NPX + step.run], { cwd: path.join(clone, expand('${{ inputs.working-directory }}', inputs)), env: { ...env, ...stepEnv } });
    ran.push(step.name ?? step.run);
  }
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await removeScratch();
});

describe('action.yml on a pull request, its scripted steps run locally', () => {
  it('runs the summary, check, build and preview steps', () => {
    expect(ran).toEqual(['Ringkasan perubahan / What changed', 'Periksa buku / Check the book', 'Susun buku / Build the book', 'Susun pratinjau perubahan / Build the preview of the changes']);
  });

  it('writes what changed to the job summary, then the check table', async () => {
    const text = await readFile(summary, 'utf8');
    expect(text).toMatch(/^## Perubahan sejak `origin\/main` \([0-9a-f]{7}\)\n\n\*\*\+1 inisiatif di Smart Living; −1 inisiatif di Smart Living; 1 dipindahkan; 2 inisiatif diubah; quick win 1 → 3; anggaran \+Rp300\.000\.000/);
    expect(text).toContain('- `ambulans-daring` Ambulans Daring');
    expect(text).toContain('| Anggaran | Rp350.000.000 | Rp650.000.000 | +Rp300.000.000 |');
    // The check's own summary follows.
    expect(text.indexOf('Perubahan sejak')).toBeLessThan(text.lastIndexOf('##'));
  });

  it('uploads the book and the preview of the changed initiatives, both written', async () => {
    expect(uploads).toEqual([
      { name: 'buku-satu', path: './dist/' },
      { name: 'buku-satu-pratinjau', path: './pratinjau/' },
    ]);
    for (const file of ['dist/buku-satu.pdf', 'dist/buku-satu.html', 'pratinjau/pratinjau-perubahan.pdf', 'pratinjau/pratinjau-perubahan.html']) {
      expect((await stat(path.join(clone, file))).size, file).toBeGreaterThan(1000);
    }
  });
});
