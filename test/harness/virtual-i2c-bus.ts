import assert from 'node:assert/strict';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestContext } from 'node:test';
import { isAlive } from '../../src/process/is-alive.js';
import { parseCliJson, runBundledCli, type CliJson } from './run-cli.js';
import { startProcess, type ProcessRun } from './run-process.js';

/**
 * Real `boardline virtual-i2c` buses for tests: started with the CLI (from source under
 * BOARDLINE_TEST_CLI=source), their outputs read with --json, and stopped after the test, by pid
 * where the CLI can no longer stop them (a test killed the daemon).
 */

/** Runs `boardline ARGS --json` with this state directory. */
export async function virtualI2cCli(stateDir: string, args: readonly string[]): Promise<CliJson> {
  const run = await runBundledCli([...args, '--json'], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir }, timeoutMs: 60_000 });
  try {
    return parseCliJson(run.stdout);
  } catch {
    throw new Error(`boardline ${args.join(' ')} printed no JSON (exit ${String(run.exitCode)})\n${run.stdout}\n${run.stderr}`);
  }
}

/** The `env` output (VARIABLE=VALUE a line) as an environment. */
export function envOutput(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) variables[line.slice(0, at)] = line.slice(at + 1);
  }
  return variables;
}

export interface VirtualI2cBus {
  name: string;
  stateDir: string;
  bus: number;
  /** /dev/i2c-N in fuse mode, empty in preload mode. */
  device: string;
  socket: string;
  /** The preload shim's environment (LD_PRELOAD, BOARDLINE_I2C_BUSES). */
  env: Record<string, string>;
  /** The `virtual-i2c run` process serving it. */
  pid: number;
}

export interface BusRequest {
  stateDir: string;
  name: string;
  bus: number;
  /** --i2c values: KIND@ADDRESS[:FILE]. */
  devices: readonly string[];
  mode: 'fuse' | 'preload';
}

/** Starts a bus and, if a test context is given, stops it (and whatever it left) after the test. */
export async function startVirtualI2c(t: TestContext | undefined, request: BusRequest): Promise<VirtualI2cBus> {
  const args = ['virtual-i2c', 'start', request.name, '--bus', String(request.bus), '--mode', request.mode];
  for (const device of request.devices) args.push('--i2c', device);
  const started = await virtualI2cCli(request.stateDir, args);
  assert.equal(started.ok, true, JSON.stringify(started));
  const outputs = started.outputs ?? {};
  const bus: VirtualI2cBus = {
    name: request.name,
    stateDir: request.stateDir,
    bus: Number(outputs['bus']),
    device: String(outputs['device']),
    socket: String(outputs['socket']),
    env: envOutput(String(outputs['env'])),
    pid: Number(outputs['pid']),
  };
  if (t !== undefined) t.after(() => cleanUpVirtualI2c(bus, request.mode === 'fuse' ? `/dev/i2c-${request.bus}` : undefined));
  return bus;
}

/** Waits (polling) until a process that is not our child has exited: gone, or a zombie. */
export async function processExited(pid: number, timeoutMs = 30_000): Promise<void> {
  for (let waited = 0; isAlive(pid); waited += 20) {
    if (waited > timeoutMs) throw new Error(`process ${pid} still runs after ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** The pids of a process's children (the FUSE front end is the daemon's). */
export async function childPids(parent: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const text = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    if (fields[1] === String(parent)) children.push(Number(entry));
  }
  return children;
}

/** Runs a program to completion, stdin closed at once (one that exits first is no EPIPE). */
async function runProcess(file: string, args: readonly string[], what: string): Promise<ProcessRun> {
  const program = startProcess(file, args, { timeoutMs: 10_000, what });
  program.child.stdin.on('error', () => undefined);
  program.child.stdin.end();
  return program.done;
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Whether anything is mounted at a path (a live or stale FUSE mount). */
export async function mounted(path: string): Promise<boolean> {
  const run = await runProcess('findmnt', ['-n', path], 'findmnt');
  return run.exitCode === 0;
}

/**
 * Stops a bus the test started: with the CLI while it runs, else (killed, or stuck) its processes by
 * pid; then a mount it left at `device` is detached and the mount point the front end made removed.
 */
export async function cleanUpVirtualI2c(bus: VirtualI2cBus, device: string | undefined): Promise<void> {
  const frontEnds = await childPids(bus.pid);
  if (isAlive(bus.pid)) await virtualI2cCli(bus.stateDir, ['virtual-i2c', 'stop', bus.name]);
  for (const pid of [bus.pid, ...frontEnds]) {
    if (isAlive(pid)) kill(pid, 'SIGKILL');
    await processExited(pid);
  }
  if (device === undefined) return;
  if (await mounted(device)) await runProcess('umount', ['-l', device], `umount ${device}`);
  const left = await stat(device).catch(() => undefined);
  if (left?.isFile() === true && left.size === 0) await rm(device, { force: true });
}

/** Bus numbers handed out in this process, so that two tests never share one. */
const taken = new Set<number>();

/**
 * A bus number with no /dev/i2c-N on this machine, from the top of the range: a FUSE bus mounts
 * the real /dev/i2c-N, which must not be anyone else's (other suites may run at once).
 */
export async function freeBusNumber(): Promise<number> {
  const start = 200 + Math.floor(Math.random() * 50);
  for (let offset = 0; offset < 55; offset++) {
    const bus = 200 + ((start - 200 + offset) % 55);
    if (taken.has(bus)) continue;
    const exists = await stat(`/dev/i2c-${bus}`).then(
      () => true,
      (error: unknown) => (error as NodeJS.ErrnoException).code !== 'ENOENT',
    );
    if (exists) continue;
    taken.add(bus);
    return bus;
  }
  throw new Error('no free /dev/i2c-N in 200..254');
}
