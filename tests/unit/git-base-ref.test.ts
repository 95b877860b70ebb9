import { describe, expect, it } from 'vitest';
import { baseCandidates, lookups } from '../../src/git/base-ref.ts';

describe('baseCandidates', () => {
  it('takes --base as the only, explicit candidate', () => {
    expect(baseCandidates('develop', { GITHUB_BASE_REF: 'main' })).toEqual({ names: ['develop'], explicit: true });
  });

  it('takes the target branch GitHub or GitLab names, and only that one', () => {
    expect(baseCandidates(undefined, { GITHUB_BASE_REF: 'rilis-2020' })).toEqual({ names: ['rilis-2020'], explicit: false });
    expect(baseCandidates(undefined, { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'master' })).toEqual({ names: ['master'], explicit: false });
  });

  it('ignores the empty GITHUB_BASE_REF of push events and tries main, then master', () => {
    expect(baseCandidates(undefined, { GITHUB_BASE_REF: '' })).toEqual({ names: ['main', 'master'], explicit: false });
    expect(baseCandidates(undefined, {})).toEqual({ names: ['main', 'master'], explicit: false });
  });
});

describe('lookups', () => {
  it('prefers the remote-tracking branch for a name masterplan chose', () => {
    expect(lookups('main', false, 'origin')).toEqual(['origin/main', 'main']);
  });

  it('takes a name the user typed as git would, the remote-tracking branch second', () => {
    expect(lookups('main', true, 'origin')).toEqual(['main', 'origin/main']);
    expect(lookups('origin/main', true, 'origin')).toEqual(['origin/main']);
  });

  it('looks up the name alone without a remote', () => {
    expect(lookups('main', false, undefined)).toEqual(['main']);
  });
});
