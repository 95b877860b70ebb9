import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { memoryIo } from '../../src/io/io.ts';

const README = path.resolve(import.meta.dirname, '../../README.md');

describe('README', () => {
  it('documents every command under its own heading, with an example', async () => {
    const readme = await readFile(README, 'utf8');
    const names = COMMANDS.map((factory) => factory(memoryIo('/'), () => {}).name());
    for (const name of names) {
      expect(readme, name).toMatch(new RegExp(`^###.*\`masterplan ${name}\\b`, 'm'));
      expect(readme, name).toMatch(new RegExp(`^npx masterplan ${name}\\b`, 'm'));
    }
  });
});
