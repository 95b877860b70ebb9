import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSchema } from '../fixtures/report/json-schema.ts';
import { initiative, runCli, SMALL_BOOK_YML, tempDir, writeProject } from '../helpers/cli.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/report');
const BAD = 'content/initiatives/smart-governance/salah dimensi.md';

/** A small book with one error (an unknown dimension) in a file whose name has a space (hence its `id:`). */
async function project(): Promise<string> {
  const dir = await tempDir('masterplan-formats-');
  return writeProject(dir, {
    'content/book.yml': SMALL_BOOK_YML,
    'content/initiatives/smart-governance/baik.md': initiative('Inisiatif Baik', 'quick_win: true\n'),
    [BAD]: initiative('Inisiatif Salah', 'id: salah-dimensi\n').replace('dimension: smart-governance', 'dimension: smart goverment'),
  });
}

let cwd: string;
beforeAll(async () => {
  cwd = await project();
});

describe('check --format on a real book', () => {
  it('github: annotations on the offending value', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'github'], cwd);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^::error file=${BAD},line=3,col=12,title=dimension-unknown::Dimensi \`smart goverment\``, 'm'));
  });

  it('sarif: valid against the SARIF 2.1.0 schema', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'sarif'], cwd);
    expect(code).toBe(1);
    const validate = compileSchema(JSON.parse(await readFile(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')));
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(BAD.replace(' ', '%20'));
  });

  it('junit: well-formed XML with a failure', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'junit'], cwd);
    expect(code).toBe(1);
    expect(XMLValidator.validate(stdout)).toBe(true);
    expect(stdout).toContain('<failure type="error"');
  });

  it('gitlab: Code Quality issues', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'gitlab', '--lang', 'en'], cwd);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout);
    expect(issues).toContainEqual(expect.objectContaining({ check_name: 'dimension-unknown', severity: 'major', location: { path: BAD, lines: { begin: 3 } } }));
  });

  it('refuses an unknown format with exit code 2 and names the known ones', async () => {
    const { code, stderr } = await runCli(['check', '--format', 'xml'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain('github, sarif, junit, gitlab');
  });
});

describe('check in CI without --format', () => {
  it('uses github under GITHUB_ACTIONS and appends the whole table to the step summary', async () => {
    const summary = path.join(cwd, 'step-summary.md');
    await writeFile(summary, 'earlier step\n');
    const { code, stdout } = await runCli(['check'], cwd, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=/m);
    const text = await readFile(summary, 'utf8');
    expect(text.startsWith('earlier step\n### masterplan check\n')).toBe(true);
    expect(text).toContain(`| ❌ kesalahan | content/initiatives/smart-governance/salah dimensi.md | 3 | 12 | \`dimension-unknown\` |`);
  });

  it('still reports when the step summary cannot be written', async () => {
    const { code, stdout, stderr } = await runCli(['check'], cwd, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: path.join(cwd, 'missing/dir/summary.md') });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=/m);
    expect(stderr).toContain('GITHUB_STEP_SUMMARY');
  });

  it('uses gitlab under GITLAB_CI', async () => {
    const { code, stdout } = await runCli(['check'], cwd, { GITLAB_CI: 'true' });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0]).toHaveProperty('fingerprint');
  });

  it('--format wins over the CI default', async () => {
    const { stdout } = await runCli(['check', '--format', 'json'], cwd, { GITHUB_ACTIONS: 'true' });
    expect(JSON.parse(stdout)).toMatchObject({ errors: 1 });
  });
});

describe('masterplan schema', () => {
  const root = path.resolve(import.meta.dirname, '../..');

  it('prints the committed initiative schema, and with --book the book.yml one', async () => {
    const initiativeRun = await runCli(['schema']);
    expect(initiativeRun.code).toBe(0);
    expect(initiativeRun.stdout).toBe(await readFile(path.join(root, 'schema/initiative.schema.json'), 'utf8'));
    const bookRun = await runCli(['schema', '--book']);
    expect(bookRun.stdout).toBe(await readFile(path.join(root, 'schema/book.schema.json'), 'utf8'));
  });

  it('--out writes the file and says where', async () => {
    const dir = await tempDir('masterplan-schema-');
    const { code, stdout } = await runCli(['schema', '--book', '--out', '.vscode/book.schema.json', '--lang', 'en'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('Wrote .vscode/book.schema.json\n');
    expect(JSON.parse(await readFile(path.join(dir, '.vscode/book.schema.json'), 'utf8')).title).toBe('masterplan: book.yml');
  });
});
