import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureBrowsers } from '../../scripts/browsers';

afterEach(() => vi.restoreAllMocks());

describe('the browsers the demo and the tests need', () => {
  it('asks for nothing when Debian’s browsers are there', () => {
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const apt = vi.fn(() => []);
    expect(ensureBrowsers(['chromium', 'firefox'], { has: () => true, apt })).toBe(true);
    expect(apt).not.toHaveBeenCalled();
    expect(said).not.toHaveBeenCalled();
  });

  it('says what to install, and installs nothing, where apt-get cannot be run (not root, no sudo, no apt)', () => {
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ok = ensureBrowsers(['chromium', 'firefox'], {
      has: (binary) => binary === '/usr/bin/chromium',
      apt: () => null,
    });
    expect(ok).toBe(false);
    const message = said.mock.calls.flat().join('\n');
    expect(message).toContain('sudo apt-get install -y firefox-esr');
    expect(message).not.toMatch(/install -y chromium/);
    expect(message).toMatch(/never downloads a browser/);
  });
});
