// Mutation survivors of background/settings/page-requests.ts (docs/mutation/survivors.md).
import { describe, expect, it } from 'vitest';
import { readSettingsChange } from './page-requests';

describe('readSettingsChange, on what is not an object', () => {
  it('refuses a change that is a number, a boolean, a string or missing', () => {
    for (const change of [5, 0, true, false, 'paused', '', undefined]) {
      expect(readSettingsChange({ change }), String(change)).toBeNull();
    }
    expect(readSettingsChange({})).toBeNull();
    expect(readSettingsChange({ change: {} })).toEqual({});
  });
});
