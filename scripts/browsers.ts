/**
 * The real browsers the demo and the tests drive: Debian's Chromium and Firefox ESR, never a
 * downloaded build. `tsx scripts/browsers.ts [chromium] [firefox]` installs what is missing with
 * apt-get (as root, or through sudo without a password), or says plainly what to install and
 * exits 1 without touching anything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: Record<BrowserName, { binary: string; debianPackage: string }> = {
  chromium: { binary: '/usr/bin/chromium', debianPackage: 'chromium' },
  firefox: { binary: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
};

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** How to run apt-get here: directly as root, through sudo that asks no password, or not at all. */
function aptRunner(): string[] | null {
  if (!succeeds('sh', ['-c', 'command -v apt-get'])) return null;
  if (process.getuid?.() === 0) return [];
  return succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
}

/** What installing needs to know of the machine (the tests give a machine without apt). */
export interface Machine {
  has(binary: string): boolean;
  apt(): string[] | null;
}

const THIS_MACHINE: Machine = { has: existsSync, apt: aptRunner };

/** Makes sure the named browsers are installed; returns false (having said why) when they cannot be. */
export function ensureBrowsers(names: readonly BrowserName[], machine: Machine = THIS_MACHINE): boolean {
  const missing = names.filter((name) => !machine.has(BROWSERS[name].binary));
  if (missing.length === 0) return true;
  const packages = missing.map((name) => BROWSERS[name].debianPackage);
  const runner = machine.apt();
  if (!runner) {
    console.error(
      `Siyaq needs Debian’s ${packages.join(' and ')} (${missing.map((n) => BROWSERS[n].binary).join(', ')}), ` +
        'and cannot install them here: that takes apt-get as root or through sudo without a password.\n' +
        `Install them, then run this again:  sudo apt-get install -y ${packages.join(' ')}\n` +
        'Siyaq never downloads a browser of its own.',
    );
    return false;
  }
  console.error(`Installing Debian’s ${packages.join(' and ')} with apt-get (once; never a downloaded browser)…`);
  const [sudo, ...sudoArgs] = runner;
  const apt = (args: string[]) =>
    execFileSync(sudo ?? 'apt-get', sudo ? [...sudoArgs, 'apt-get', ...args] : args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  try {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', ...packages]);
  } catch (error) {
    console.error(
      `apt-get could not install ${packages.join(' and ')}:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`,
    );
    return false;
  }
  const still = missing.filter((name) => !machine.has(BROWSERS[name].binary));
  if (still.length > 0) {
    console.error(`apt-get finished, but ${still.map((n) => BROWSERS[n].binary).join(', ')} is still missing.`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const asked = process.argv.slice(2).filter((a): a is BrowserName => a in BROWSERS);
  if (!ensureBrowsers(asked.length > 0 ? asked : ['chromium', 'firefox'])) process.exit(1);
}
