import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/commands/index.ts';
import { runCli } from '../helpers/cli.ts';

const README = path.resolve(import.meta.dirname, '../../README.md');

describe('README', () => {
  it('documents every command under its own heading, with an example', async () => {
    const readme = await readFile(README, 'utf8');
    const help = (await runCli(['--help'])).stdout;
    for (const name of COMMAND_NAMES) {
      // The list of loaders is the list --help shows.
      expect(help).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
      expect(readme, name).toMatch(new RegExp(`^###.*\`masterplan ${name}\\b`, 'm'));
      expect(readme, name).toMatch(new RegExp(`^npx masterplan ${name}\\b`, 'm'));
    }
  });
});
