import { describe, expect, it } from 'vitest';
import { progress } from '../../src/io/progress.ts';

function output(isTTY: boolean, columns?: number) {
  let text = '';
  return { out: { write: (t: string) => void (text += t), isTTY, ...(columns ? { columns } : {}) }, text: () => text };
}

describe('progress', () => {
  it('updates one line in place on a terminal and clears it when done', () => {
    const { out, text } = output(true, 40);
    const line = progress(out);
    line.step('Menyusun HTML…');
    line.count('Menyusun PDF…', 120, 240);
    line.done();
    expect(text()).toBe('\r\u001b[2KMenyusun HTML…\r\u001b[2KMenyusun PDF… 120/240\r\u001b[2K');
  });

  it('stays quiet when the output is not a terminal, or under CI', () => {
    const pipe = output(false);
    progress(pipe.out).step('Menyusun PDF…');
    expect(pipe.text()).toBe('');
    const ci = output(true);
    progress(ci.out, { CI: 'true' }).step('Menyusun PDF…');
    expect(ci.text()).toBe('');
  });

  it('cuts a message to the terminal width', () => {
    const { out, text } = output(true, 21);
    progress(out).step('x'.repeat(50));
    expect(text()).toBe(`\r\u001b[2K${'x'.repeat(19)}…`);
  });
});
