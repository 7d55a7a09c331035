// Finds a Chromium for Playwright; on a fresh Debian machine (as root) installs Debian's own,
// because Playwright's browser download cannot work here. Prints the path it will use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);

const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

function aptInstall(packages) {
  console.log(`ensure-chromium: installing ${packages.join(' ')} with apt-get (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const missing = [];
if (!findChromium()) missing.push('chromium');
// Without a CJK font the Chinese UI renders as empty boxes in screenshots.
if (!existsSync(CJK_FONT) && hasApt) missing.push('fonts-wqy-microhei');

if (missing.length > 0) {
  if (isRoot && hasApt) {
    aptInstall(missing);
  } else if (missing.includes('chromium')) {
    console.error(
      'ensure-chromium: no Chromium found; install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}
const found = findChromium();
if (!found) {
  console.error('ensure-chromium: Chromium is still missing after apt-get; see the output above.');
  process.exit(1);
}
console.log(`ensure-chromium: using ${found}`);
