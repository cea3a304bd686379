import { describe, expect, it } from 'vitest';
import { LIVE_MODE_NAMES, LIVE_MODES, liveModeOf } from '../../../src/lib/live/modes.ts';

describe('live widget modes', () => {
  it('follow from the code number', () => {
    expect([100, 103, 200, 301, 304, 306, 308, 401, 402, 407, 409, 599].map(liveModeOf)).toEqual([
      'interim',
      'interim',
      'normal',
      'redirect',
      'null-body',
      'normal',
      'redirect',
      'auth-challenge',
      'hide-body',
      'proxy-rejected',
      'normal',
      'normal',
    ]);
  });

  it('send nothing for 1xx, and hand redirects back unfollowed', () => {
    expect(LIVE_MODE_NAMES.filter((mode) => !LIVE_MODES[mode].sends)).toEqual(['interim']);
    expect(LIVE_MODE_NAMES.filter((mode) => LIVE_MODES[mode].redirect === 'manual')).toEqual(['redirect']);
    expect(LIVE_MODE_NAMES.filter((mode) => LIVE_MODES[mode].hideBody)).toEqual(['hide-body']);
    expect(LIVE_MODE_NAMES.filter((mode) => LIVE_MODES[mode].rejects)).toEqual(['proxy-rejected']);
  });

  it('explain every mode but the normal one, naming the code', () => {
    for (const mode of LIVE_MODE_NAMES.filter((m) => m !== 'normal'))
      expect(LIVE_MODES[mode].note(418), mode).toContain('418');
    expect(LIVE_MODES.normal.note(418)).toBeNull();
  });
});
