// Run before `npm start`, `npm test` and `npm run bench`: installs dependencies
// when they are missing and compiles src/ when dist/ is older than it, so both
// quick-start commands work on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit' });

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const installed = existsSync(join(root, 'node_modules/.bin/tsc')) &&
  existsSync(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
if (!installed) {
  console.error('nimbus: installing dependencies (npm ci)…');
  run(existsSync(join(root, 'package-lock.json')) ? 'npm ci' : 'npm install');
}

const built = join(root, 'dist/cli.js');
if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
  console.error('nimbus: building (tsc)…');
  run('node node_modules/typescript/bin/tsc -p tsconfig.build.json');
}
