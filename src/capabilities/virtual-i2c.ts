import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io } from '../io.js';
import { defineCapability, type InputSpec, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import { awaitStopped, startInBackground } from '../virtual/background.js';
import { sendControl } from '../virtual/control.js';
import { BusDaemon, type VirtualI2cStatus } from '../virtual/linux-i2c/bus-daemon.js';
import { requestedModes } from '../virtual/linux-i2c/bus-mode.js';
import { busControlOwner, busDirectory, findBus, listBuses, runningBus, type VirtualI2cRecord } from '../virtual/linux-i2c/bus-registry.js';
import { containerAccess, containerArguments } from '../virtual/linux-i2c/container-access.js';
import { hostNativeArch, type NativeArch } from '../virtual/linux-i2c/native-binaries.js';
import { prepareBus, type PreparedBus } from '../virtual/linux-i2c/prepare-bus.js';
import type { FaceContext } from './context.js';
import { outputToString, type CapabilityResult, type OutputValue } from './result.js';

const busInputs = {
  name: { kind: 'string', positional: true, description: 'Name to reach the bus by; i2c-BUS by default (i2c-1).' },
  bus: {
    kind: 'integer',
    min: 0,
    max: 255,
    default: '1',
    description: "The bus number N: programs open /dev/i2c-N (a Raspberry Pi's header is bus 1).",
  },
  i2c: {
    kind: 'list',
    split: 'lines-and-commas',
    description:
      'Devices on the bus as KIND@ADDRESS, e.g. bmp280@0x76; KIND@ADDRESS:FILE keeps a memory (an EEPROM) in FILE across runs. The kinds of virtual-board.',
  },
  wiring: {
    kind: 'path',
    description: "A wiring YAML file as virtual-board's: its i2c: section (a pins: section is refused).",
  },
  mode: {
    kind: 'choice',
    choices: requestedModes,
    default: 'auto',
    description:
      'How programs reach the bus: fuse (a FUSE file at /dev/i2c-N; root and /dev/fuse), preload (an LD_PRELOAD shim in the program; no root), auto (fuse where it can, else preload), cuse (a character device; kernels with CUSE only). The preload environment is given in every mode.',
  },
} as const satisfies Record<string, InputSpec>;

const busOutputs = {
  name: 'The bus name, for status, set, trace and stop.',
  device: '/dev/i2c-N in fuse mode; empty when programs reach the bus through the preload shim only.',
  bus: 'The bus number N.',
  mode: 'fuse or preload.',
  socket: 'The bus socket the front ends connect to.',
  preload: "The preload shim for this machine's architecture (LD_PRELOAD).",
  'preload-x64': 'The preload shim for x86-64 programs.',
  'preload-arm64': 'The preload shim for arm64 programs.',
  'preload-arm': 'The preload shim for 32-bit arm (armhf, arm/v7) programs.',
  env: 'What a program needs for the preload shim, one VARIABLE=VALUE a line: LD_PRELOAD and BOARDLINE_I2C_BUSES.',
  'qemu-env': 'The same for a 32-bit arm program under qemu-user: QEMU_SET_ENV=LD_PRELOAD=…,BOARDLINE_I2C_BUSES=…',
  'qemu-env-arm64': 'The same for an arm64 program under qemu-user.',
  'docker-args':
    "docker run arguments, on one line, that give a container of this machine's architecture the bus at /dev/i2c-N: the FUSE file bound in (fuse mode), else the shim, the socket and their environment.",
  'docker-args-arm': 'The same for a linux/arm/v7 image run under qemu-user (the shim: qemu-user passes no i2c ioctls).',
  'docker-args-arm64': 'The same for a linux/arm64 image run under qemu-user.',
  pid: 'Process serving the bus.',
} as const;

export const virtualI2cStartSpec = defineCapability({
  name: 'virtual-i2c start',
  title: 'Boardline: start a virtual I2C bus',
  description: 'Serve emulated I2C devices to Linux programs as /dev/i2c-N (FUSE, or an LD_PRELOAD shim), in the background.',
  action: {
    icon: 'cpu',
    color: 'purple',
    name: 'virtual-i2c',
    post: 'Stops the bus when the job ends, passed, failed or cancelled: /dev/i2c-N unmounted, device memories saved to their files.',
  },
  inputs: busInputs,
  outputs: busOutputs,
});

export const virtualI2cRunSpec = defineCapability({
  name: 'virtual-i2c run',
  title: 'Boardline: run a virtual I2C bus',
  description: 'Run a virtual I2C bus in the foreground until stopped (what virtual-i2c start runs in the background).',
  inputs: busInputs,
  outputs: { name: busOutputs.name },
});

const nameInput = {
  name: { kind: 'string', required: true, positional: true, description: 'The virtual I2C bus.' },
} as const satisfies Record<string, InputSpec>;

export const virtualI2cStatusSpec = defineCapability({
  name: 'virtual-i2c status',
  title: 'Boardline: virtual I2C bus status',
  description: 'Show the running virtual I2C buses, or one of them, with their devices.',
  inputs: { name: { kind: 'string', positional: true, description: 'The virtual I2C bus; all of them by default.' } },
  outputs: { buses: 'JSON list of the running buses: device, socket, mode, uptime, transactions and devices with their fields.' },
});

export const virtualI2cStopSpec = defineCapability({
  name: 'virtual-i2c stop',
  title: 'Boardline: stop a virtual I2C bus',
  description: 'Stop a virtual I2C bus: /dev/i2c-N unmounted, device memories saved to their files.',
  inputs: nameInput,
  outputs: { name: 'The bus stopped.' },
});

export { nameInput as busNameInput };

type BusOptions = InputValues<typeof busInputs>;

function prepare(options: BusOptions, context: FaceContext): Promise<PreparedBus> {
  return prepareBus(options, {
    stateDir: context.stateDir,
    platform: context.host.platform,
    arch: context.host.arch,
    script: context.selfCommand.at(-1) ?? '',
    uid: process.getuid?.() ?? 0,
  });
}

function startOutputs(prepared: PreparedBus, record: VirtualI2cRecord, hostArch: NativeArch): Record<string, OutputValue> {
  const buses = `${record.bus}=${record.socket}`;
  const dockerArgs = (imageArch: NativeArch): string =>
    containerArguments([containerAccess(record, { imageArch, hostArch, shim: prepared.shims[imageArch] })]).join(' ');
  const qemu = (shim: string): string => `QEMU_SET_ENV=LD_PRELOAD=${shim},BOARDLINE_I2C_BUSES=${buses}`;
  return {
    name: record.name,
    device: record.device,
    bus: record.bus,
    mode: record.mode,
    socket: record.socket,
    preload: prepared.shim,
    'preload-x64': prepared.shims.x64,
    'preload-arm64': prepared.shims.arm64,
    'preload-arm': prepared.shims.arm,
    env: `LD_PRELOAD=${prepared.shim}\nBOARDLINE_I2C_BUSES=${buses}`,
    'qemu-env': qemu(prepared.shims.arm),
    'qemu-env-arm64': qemu(prepared.shims.arm64),
    'docker-args': dockerArgs(hostArch),
    'docker-args-arm': dockerArgs('arm'),
    'docker-args-arm64': dockerArgs('arm64'),
    pid: record.pid,
  };
}

export async function virtualI2cRun(options: BusOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const prepared = await prepare(options, context);
  const daemon = new BusDaemon({ ...prepared, io });
  const record = await daemon.start();
  io.signal.addEventListener('abort', () => void daemon.stop(), { once: true });
  await daemon.done;
  return { outputs: { name: record.name }, summary: `Virtual I2C bus \`${record.name}\` ran and stopped.`, text: `${record.name} stopped` };
}

/** Flags for `virtual-i2c run` that reproduce these options, the mode already chosen. */
function runArguments(options: BusOptions, prepared: PreparedBus): string[] {
  const args = ['virtual-i2c', 'run', prepared.name, '--bus', String(prepared.bus), '--mode', prepared.mode];
  if (options.wiring !== undefined) args.push('--wiring', resolve(options.wiring));
  // Device files are resolved here: the daemon runs elsewhere (it is detached), so say them whole.
  for (const device of options.i2c)
    args.push(
      '--i2c',
      device.replace(/:(.+)$/, (_match, file: string) => `:${resolve(file)}`),
    );
  return args;
}

export async function virtualI2cStart(options: BusOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const prepared = await prepare(options, context);
  await mkdir(prepared.directory, { recursive: true });
  const logPath = join(prepared.directory, 'bus.log');
  const record = await startInBackground(
    context.selfCommand,
    runArguments(options, prepared),
    logPath,
    async (pid) => {
      const found = await findBus(context.stateDir, prepared.name);
      return found?.pid === pid ? found : undefined;
    },
    `virtual I2C bus ${prepared.name}`,
  );
  const outputs = startOutputs(prepared, record, hostNativeArch(context.host.platform, context.host.arch));
  const where = record.device === '' ? `the preload shim (socket ${record.socket})` : `${record.device} (fuse)`;
  io.info(`Virtual I2C bus ${record.name} serves bus ${record.bus} through ${where} (pid ${record.pid}; log ${logPath})`);
  const keys = ['device', 'bus', 'mode', 'preload', 'env', 'qemu-env', 'docker-args'] as const;
  return {
    outputs,
    summary: `Virtual I2C bus \`${record.name}\` serves bus ${record.bus} through ${where}.`,
    text: keys
      .map(
        (key) =>
          `${key.padEnd(11)} ${key === 'device' && record.device === '' ? '(none: preload mode)' : outputToString(outputs[key] ?? '').replaceAll('\n', ' ')}`,
      )
      .join('\n'),
  };
}

export async function virtualI2cStatus(options: { name: string | undefined }, _io: Io, context: FaceContext): Promise<CapabilityResult> {
  const records = options.name === undefined ? await listBuses(context.stateDir) : [await runningBus(context.stateDir, options.name)];
  const statuses = await Promise.all(
    records.map(async (record) => (await sendControl(record.control, 'status', {}, 5000, busControlOwner)) as unknown as VirtualI2cStatus),
  );
  const lines = statuses.map((bus) => {
    const devices = bus.devices.map((device) => `${device.name}@${device.address}`).join(', ');
    const where = bus.device === '' ? 'preload' : `fuse ${bus.device}`;
    return `${bus.name}  bus ${bus.bus}  ${where}  pid ${bus.pid}  up ${formatDuration(bus.uptimeMs)}  transactions ${bus.transactions}  devices ${devices === '' ? 'none' : devices}`;
  });
  const none = 'No virtual I2C buses are running.';
  return {
    outputs: { buses: statuses as unknown as OutputValue },
    summary: lines.length === 0 ? none : lines.map((line) => `- ${line}`).join('\n'),
    text: lines.length === 0 ? none : lines.join('\n'),
  };
}

export async function virtualI2cStop(options: { name: string }, _io: Io, context: FaceContext): Promise<CapabilityResult> {
  const record = await runningBus(context.stateDir, options.name);
  await sendControl(record.control, 'stop', {}, 5000, busControlOwner);
  await awaitStopped(() => findBus(context.stateDir, record.name), `virtual I2C bus ${record.name}`, record.pid);
  return { outputs: { name: record.name }, summary: `Stopped virtual I2C bus \`${record.name}\`.`, text: `${record.name} stopped` };
}

/**
 * The action's post step: the bus its main step started, stopped when the job ends, with how
 * much it served; a bus the job stopped itself (virtual-i2c stop) is said to be gone already.
 */
export async function virtualI2cStopAfterJob(name: string, io: Io, context: FaceContext): Promise<void> {
  const record = await findBus(context.stateDir, name);
  if (record === undefined) {
    io.info(`Virtual I2C bus ${name} was stopped already`);
    return;
  }
  // How much it served, if it still answers: a bus that does not is stopped all the same.
  const status = (await sendControl(record.control, 'status', {}, 5000, busControlOwner).catch(() => undefined)) as
    VirtualI2cStatus | undefined;
  await virtualI2cStop({ name }, io, context);
  const served = status === undefined ? '' : ` after ${String(status.transactions)} transactions`;
  io.info(`Stopped virtual I2C bus ${name}${served} (log: ${join(busDirectory(context.stateDir, name), 'bus.log')})`);
}
