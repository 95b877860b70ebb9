import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowLiveClient, injectLiveClient, LIVE_CLIENT } from '../../src/serve/inject.ts';

const HASH = `'sha256-${createHash('sha256').update(LIVE_CLIENT).digest('base64')}'`;

describe('live-reload injection', () => {
  it('opens a strict policy just enough for the client', () => {
    expect(allowLiveClient("default-src 'none'; script-src 'sha256-abc'; img-src 'self'", HASH)).toBe(
      `default-src 'none'; script-src 'sha256-abc' ${HASH}; img-src 'self'; connect-src 'self'`,
    );
    expect(allowLiveClient("default-src 'self'", HASH)).toBe(`default-src 'self'; script-src 'self' ${HASH}; connect-src 'self'`);
    expect(allowLiveClient("script-src 'none'; connect-src 'none'", HASH)).toBe(`script-src ${HASH}; connect-src 'self'`);
    expect(allowLiveClient("img-src 'self'", HASH)).toBe("img-src 'self'");
  });

  it('puts the client before </body> and rewrites the page’s policy meta', () => {
    const page = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; script-src &#x27;sha256-x&#x27;"></head><body><p>Hi</p></BODY></html>`;
    const served = injectLiveClient(page);
    expect(served).toContain(`<p>Hi</p><script>${LIVE_CLIENT}</script></BODY></html>`);
    expect(served).toContain(`content="default-src &#x27;none&#x27;; script-src &#x27;sha256-x&#x27; ${HASH.replace(/'/g, '&#x27;')}; connect-src &#x27;self&#x27;"`);
    expect(injectLiveClient('<p>no body</p>')).toBe(`<p>no body</p><script>${LIVE_CLIENT}</script>`);
  });
});
