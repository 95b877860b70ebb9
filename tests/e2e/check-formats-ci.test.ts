import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const load = async (file: string): Promise<Record<string, any>> => parse(await readFile(path.join(ROOT, file), 'utf8'));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('CI templates', () => {
  it('GitHub: on pull requests, full history, Node 22, check with annotations, build, upload dist/', async () => {
    const workflow = await load('templates/ci/github-workflow.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const steps: Step[] = workflow.jobs.check.steps;
    const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));
    expect(uses('actions/checkout')?.with?.['fetch-depth']).toBe(0);
    expect(uses('actions/setup-node')?.with?.['node-version']).toBe(22);
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npx masterplan check --changed --format github', 'npx masterplan build']);
    expect(uses('actions/upload-artifact')?.with?.path).toBe('dist/');
  });

  it('GitLab: on merge requests, Node 22, Code Quality report, build with dist/ as artifact', async () => {
    const ci = await load('templates/ci/gitlab-ci.yml');
    expect(ci.workflow.rules[0].if).toBe('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(ci.default.image).toBe('node:22');
    expect(ci.check.script[0]).toMatch(/^npx masterplan check --format gitlab > gl-code-quality-report\.json/);
    expect(ci.check.artifacts).toMatchObject({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    expect(ci.build.script).toEqual(['npx masterplan build']);
    expect(ci.build.artifacts.paths).toEqual(['dist/']);
  });

  it("this repository's workflow is the GitHub template", async () => {
    expect(await load('.github/workflows/check.yml')).toEqual(await load('templates/ci/github-workflow.yml'));
  });
});
