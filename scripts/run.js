// Small helpers for the project scripts: run a command with inherited output
// and fail loudly, know where the project lives, and tell whether a script
// was started (`node scripts/x.js`) or imported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the project root; exits the process if it fails. */
export function run(command, args, options = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`${command} exited with ${result.status ?? result.signal}`);
    process.exit(result.status || 1);
  }
}

/** `file` with symbolic links resolved, or as it is if it does not exist. */
function realPath(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * True if the module whose `import.meta.url` is `moduleUrl` is the script
 * Node was started with (`node scripts/build.js`), false when it is only
 * imported. Compares file paths, not URLs: the URL percent-encodes spaces
 * and non-ASCII characters that process.argv[1] holds as they are, and Node
 * resolves symbolic links in the one but not in the other.
 * @param {string} moduleUrl the module's import.meta.url
 * @param {string | undefined} [script] the script Node runs (process.argv[1])
 * @returns {boolean}
 */
export function isMain(moduleUrl, script = process.argv[1]) {
  if (!script) return false;
  return realPath(fileURLToPath(moduleUrl)) === realPath(path.resolve(script));
}

/** True if `command` is on the PATH. */
export function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Number of parallel build jobs. */
export const JOBS = String(os.availableParallelism());
