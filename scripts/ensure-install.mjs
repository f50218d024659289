// Runs before `npm start` / `npm test`: on a fresh clone, install exactly what the lockfile says.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('[jingtong] first run: installing dependencies with npm ci …');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
