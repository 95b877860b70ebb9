import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const text = (file: string): Promise<string> => readFile(path.join(ROOT, file), 'utf8');
const load = async (file: string): Promise<Record<string, any>> => parse(await text(file));

interface Step {
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, unknown>;
}

/** The major version a `uses: owner/name@vN` names, or undefined for a local action. */
const major = (uses: string): number | undefined => {
  const match = /@v(\d+)$/.exec(uses);
  return match ? Number(match[1]) : undefined;
};

/** Actions on their current major versions (older ones warn on every run). */
const CURRENT: Record<string, number> = { 'actions/checkout': 6, 'actions/setup-node': 6, 'actions/cache': 5, 'actions/upload-artifact': 7, 'github/codeql-action/upload-sarif': 4 };

function expectCurrent(steps: Step[]): void {
  for (const step of steps.filter((s) => s.uses && !s.uses.startsWith('./'))) {
    const name = step.uses!.replace(/@.*$/, '');
    expect(CURRENT[name], `${step.uses} is known`).toBeDefined();
    expect(major(step.uses!), step.uses).toBe(CURRENT[name]);
  }
}

describe('CI templates', () => {
  it('GitHub: on pull requests, full history, Node 24, then masterplan action from node_modules', async () => {
    const workflow = await load('templates/ci/github-workflow.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const steps: Step[] = workflow.jobs.check.steps;
    const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));
    expect(uses('actions/checkout')?.with?.['fetch-depth']).toBe(0);
    expect(uses('actions/setup-node')?.with?.['node-version']).toBe(24);
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci']);
    const action = steps.find((s) => s.uses === './node_modules/masterplan');
    expect(action?.with).toEqual({ install: false });
    expect(steps.indexOf(action!)).toBe(steps.length - 1);
    expectCurrent(steps);
  });

  it('GitLab: on merge requests, Node 24 or masterplan image, Code Quality report, build with dist/ as artifact', async () => {
    const ci = await load('templates/ci/gitlab-ci.yml');
    expect(ci.workflow.rules[0].if).toBe('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(ci.variables.MASTERPLAN_IMAGE).toBe('node:24');
    expect(ci.default.image).toEqual({ name: '$MASTERPLAN_IMAGE', entrypoint: [''] });
    // npm ci only when the image has no masterplan of its own.
    expect(ci.default.before_script[0]).toMatch(/^command -v masterplan \|\| \{ npm ci /);
    expect(ci.check.script[0]).toMatch(/^masterplan check --cache-location \.cache\/masterplan --format gitlab > gl-code-quality-report\.json/);
    // The check cache lives outside node_modules (npm ci empties it) and is kept between pipelines.
    expect(ci.default.cache.paths).toEqual(['.npm/', '.cache/masterplan/']);
    expect(ci.check.artifacts).toMatchObject({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    expect(ci.build.script).toEqual(['masterplan build --cache-location .cache/masterplan']);
    expect(ci.build.artifacts.paths).toEqual(['dist/']);
    // On merge requests: what changed, and a preview of only the changed initiatives.
    expect(ci.changes.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci.changes.script).toEqual(['masterplan diff --format markdown > perubahan.md || [ $? -eq 1 ]', 'masterplan diff || [ $? -eq 1 ]', 'masterplan build --changed --out pratinjau']);
    expect(ci.changes.artifacts).toMatchObject({ expose_as: 'Pratinjau perubahan', paths: ['pratinjau/', 'perubahan.md'] });
  });

  it("this repository's workflow is the GitHub template, with the action from this checkout", async () => {
    const own = await load('.github/workflows/check.yml');
    const template = await load('templates/ci/github-workflow.yml');
    const steps = template.jobs.check.steps as Step[];
    for (const step of steps) if (step.uses === './node_modules/masterplan') step.uses = './';
    expect(own).toEqual(template);
  });
});

describe('action.yml', () => {
  it('is a composite action whose steps are complete and whose expressions name only its inputs', async () => {
    const action = await load('action.yml');
    expect(typeof action.name).toBe('string');
    expect(typeof action.description).toBe('string');
    expect(action.runs.using).toBe('composite');
    const inputs = Object.keys(action.inputs);
    for (const [name, input] of Object.entries<Record<string, unknown>>(action.inputs)) {
      expect(typeof input.description, name).toBe('string');
      expect(typeof input.default, `${name} has a string default`).toBe('string');
    }
    const steps: Step[] = action.runs.steps;
    for (const step of steps) {
      // A composite step is either an action or a command with its shell, never both.
      expect(Boolean(step.uses) !== Boolean(step.run), JSON.stringify(step)).toBe(true);
      if (step.run) expect(step.shell, step.run).toBe('bash');
    }
    expectCurrent(steps);
    const source = await text('action.yml');
    for (const [, name] of source.matchAll(/inputs\.([\w-]+)/g)) expect(inputs, name).toContain(name);
    // Inputs reach shell commands through env, never pasted into the script.
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toMatch(/\$\{\{\s*inputs\./);
  });

  it('checks with annotations, uploads SARIF when asked, builds and uploads dist/', async () => {
    const steps: Step[] = (await load('action.yml')).runs.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npx masterplan check --changed --format github');
    expect(runs).toContain('npx masterplan check --format sarif');
    expect(runs).toContain('npx masterplan build');
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))?.if).toBe("inputs.sarif == 'true'");
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with?.path).toBe('${{ inputs.working-directory }}/dist/');
  });

  it('ships in the package, so `uses: ./node_modules/masterplan` finds it', async () => {
    const manifest = JSON.parse(await text('package.json')) as { files: string[] };
    expect(manifest.files).toContain('action.yml');
  });
});

describe('Dockerfile', () => {
  it('installs the packed package on node:24-bookworm-slim with git trusting the mounted book', async () => {
    const docker = await text('Dockerfile');
    const from = [...docker.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(from).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim']);
    expect(docker).toMatch(/apt-get install[^\n]*\bgit\b/);
    expect(docker).toContain("git config --system --add safe.directory '*'");
    expect(docker).toMatch(/npm pack/);
    expect(docker).toMatch(/npm install --global[^\n]*masterplan-\*\.tgz/);
    expect(docker).toMatch(/^ENTRYPOINT \["masterplan"\]/m);
    expect(docker).toContain('serve --host 0.0.0.0');
  });
});
