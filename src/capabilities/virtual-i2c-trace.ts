import { setTimeout as sleep } from 'node:timers/promises';
import type { Io } from '../io.js';
import { defineCapability } from '../spec/capability.js';
import { sendControl } from '../virtual/control.js';
import { busControlOwner, runningBus } from '../virtual/linux-i2c/bus-registry.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';
import { busNameInput } from './virtual-i2c.js';

export const virtualI2cSetSpec = defineCapability({
  name: 'virtual-i2c set',
  title: 'Boardline: set a value on a virtual I2C bus',
  description:
    'Change what a device on a virtual I2C bus measures, as virtual-board set does: bmp280.temperature=25.5, bme280.humidity=40. Programs see it at their next read.',
  inputs: {
    ...busNameInput,
    assignment: { kind: 'list', split: 'lines', required: true, positional: true, description: 'DEVICE.FIELD=VALUE, one or more.' },
  },
  outputs: { set: 'What was set, one line per assignment.' },
});

export const virtualI2cTraceSpec = defineCapability({
  name: 'virtual-i2c trace',
  title: "Boardline: trace a virtual I2C bus's transactions",
  description:
    "Print each transaction on a virtual I2C bus as a bus analyser shows it (time, program[pid], each message's address, R/W, ACK/NACK and bytes, the result) as it happens, until interrupted; --recent prints the last ones kept (up to 1000) and exits.",
  inputs: {
    ...busNameInput,
    recent: { kind: 'boolean', default: 'false', description: 'Print the transactions kept so far and exit, instead of following.' },
  },
  outputs: { transactions: 'How many transactions were printed.' },
});

/** How often a follower asks the daemon for what came since: short enough to read as live. */
const followIntervalMs = 100;

interface TracedLine {
  sequence: number;
  line: string;
}

export async function virtualI2cSet(
  options: { name: string; assignment: string[] },
  io: Io,
  context: FaceContext,
): Promise<CapabilityResult> {
  const record = await runningBus(context.stateDir, options.name);
  const done: string[] = [];
  for (const assignment of options.assignment) {
    const reply = await sendControl(record.control, 'set', { assignment }, 5000, busControlOwner);
    done.push(String(reply['set']));
    io.info(`${record.name}: ${String(reply['set'])}`);
  }
  return { outputs: { set: done.join('\n') }, summary: done.map((line) => `- ${line}`).join('\n'), text: done.join('\n') };
}

export async function virtualI2cTrace(options: { name: string; recent: boolean }, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const record = await runningBus(context.stateDir, options.name);
  const history = async (since: number): Promise<TracedLine[]> =>
    (await sendControl(record.control, 'history', { since }, 5000, busControlOwner))['transactions'] as TracedLine[];
  if (options.recent) {
    const lines = (await history(0)).map((entry) => entry.line);
    return {
      outputs: { transactions: lines.length },
      summary: `${lines.length} transactions on \`${record.name}\`.`,
      text: lines.length === 0 ? `No transactions on ${record.name} yet.` : lines.join('\n'),
    };
  }
  // Only what happens from now on: the kept ones are what --recent is for.
  const kept = await history(0);
  let since = kept.at(-1)?.sequence ?? 0;
  let printed = 0;
  io.info(`Tracing ${record.name} (bus ${record.bus}) until interrupted`);
  while (!io.signal.aborted) {
    let entries: TracedLine[];
    try {
      entries = await history(since);
    } catch {
      // The bus stopped: the trace ends with it.
      io.info(`${record.name} stopped`);
      break;
    }
    for (const entry of entries) context.output.write(`${entry.line}\n`);
    printed += entries.length;
    since = entries.at(-1)?.sequence ?? since;
    await sleep(followIntervalMs, undefined, { signal: io.signal }).catch(() => undefined);
  }
  return {
    outputs: { transactions: printed },
    summary: `Traced ${printed} transactions on \`${record.name}\`.`,
    text: `${printed} transactions traced on ${record.name}`,
  };
}
