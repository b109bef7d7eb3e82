/**
 * dist/, the generated action.yml files and the generated parts of the components/ catalog are
 * committed, because the runner (or GitLab) uses them straight from the repository. This rebuilds them and fails when the result differs from what
 * is committed, so a change to src/ can never ship with a stale bundle.
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const generated = [
  'dist',
  'actions',
  'docs/actions',
  'components/templates',
  'components/tests/firmware',
  'components/tests/blink-banner',
  'components/tests/uno-unit-tests',
  'components/tests/wokwi',
];

execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
const changes = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...generated], {
  cwd: root,
  encoding: 'utf8',
});
if (changes.trim() !== '') {
  console.error(`dist/, an action.yml, a generated components/ file or an action page's reference differs from a fresh build:\n${changes}`);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...generated], { cwd: root, encoding: 'utf8' }));
  console.error('Fix: run npm run build and commit the result.');
  process.exitCode = 1;
} else {
  console.log('dist/, action.yml and generated components/ files match a fresh build.');
}
