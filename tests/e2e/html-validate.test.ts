import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/load-book.ts';
import { renderHtml } from '../../src/render/html/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The recommended preset, relaxed only where the page makes a deliberate choice. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The filter form applies as the reader types or picks; it never submits or changes
    // context, so a submit button (WCAG technique H32) would be a control that does nothing.
    'wcag/h32': 'off',
  },
});

function describeMessages(messages: Message[]): string {
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`).join('\n');
}

describe('HTML edition of the example book', () => {
  let html = '';

  beforeAll(async () => {
    const { book } = await loadBook({ cwd: ROOT, content: 'content' });
    html = (await renderHtml(book)).html;
  });

  it('passes html-validate (recommended preset) without errors', async () => {
    const report = await validator.validateString(html);
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(describeMessages(errors)).toBe('');
  });
});
