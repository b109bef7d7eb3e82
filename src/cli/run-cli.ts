import { writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { FaceContext } from '../capabilities/context.js';
import { capabilities, type Capability } from '../capabilities/registry.js';
import { asBoardlineError, BoardlineError, exitCodes } from '../errors.js';
import { parseInputs } from '../spec/parse-inputs.js';
import { boardlineVersion } from '../version.js';
import { boundedDotenvReport } from '../report/dotenv.js';
import type { OutputValue } from '../capabilities/result.js';
import { commandInputs } from './env-inputs.js';
import { commandHelp, commandHelpJson, groupHelp, groupHelpJson, mainHelp } from './help.js';
import { cliInputNaming, parseArgs } from './parse-args.js';
import { terminalIo } from './terminal-io.js';

/** What the CLI is connected to; bin.ts passes the process's own. */
export interface Terminal {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  signal: AbortSignal;
  /** Print debug lines (BOARDLINE_DEBUG=1). */
  verbose: boolean;
  /** The process environment: read only for BOARDLINE_INPUT_* variables with --inputs-from-env. */
  env: Readonly<Record<string, string | undefined>>;
  /** Where the commands may write and what machine they run on, as FaceContext has them. */
  places: Omit<FaceContext, 'input' | 'output'>;
}

function print(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

function reportError(terminal: Terminal, error: BoardlineError, json: boolean): number {
  if (json) {
    const { kind, message, hint, details } = error;
    // A failed capability may still report outputs, such as the transcript it wrote.
    const outputs = error.result === undefined ? {} : { outputs: error.result.outputs };
    print(
      terminal.stdout,
      JSON.stringify({ ok: false, error: { kind, message, hint: hint ?? null, details: details ?? null }, ...outputs }),
    );
  } else {
    print(terminal.stderr, `error: ${error.message}`);
    if (error.hint !== undefined) print(terminal.stderr, error.hint);
    if (error.details !== undefined) print(terminal.stderr, error.details);
  }
  return exitCodes[error.kind];
}

async function writeDotenv(file: string, outputs: Readonly<Record<string, OutputValue>>, terminal: Terminal): Promise<void> {
  const { text, omitted } = boundedDotenvReport(outputs);
  for (const name of omitted) {
    print(
      terminal.stderr,
      `warning: output ${name} is too long for a GitLab dotenv report (at most 5 KB in all) and was left out of ${file}; --json prints it`,
    );
  }
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new BoardlineError('failed', `Could not write the dotenv report ${file}: ${(error as Error).message}`, {
      hint: 'Fix: give --dotenv a path in a directory that exists and is writable',
      cause: error,
    });
  }
}

async function runCommand(capability: Capability, argv: readonly string[], terminal: Terminal): Promise<number> {
  const wantsJson = argv.includes('--json');
  let dotenv: string | undefined;
  try {
    const args = parseArgs(capability.spec, argv);
    if (args.help) {
      print(terminal.stdout, args.json ? JSON.stringify(commandHelpJson(capability.spec), null, 2) : commandHelp(capability.spec));
      return exitCodes.ok;
    }
    dotenv = args.dotenv;
    const options = parseInputs(
      capability.spec,
      commandInputs(capability.spec, args, terminal.env),
      cliInputNaming(capability.spec, args.inputsFromEnv),
    );
    const io = terminalIo(terminal.stderr, terminal.signal, terminal.verbose);
    const context: FaceContext = { input: terminal.stdin, output: terminal.stdout, ...terminal.places };
    const result = await capability.run(options, io, context);
    if (dotenv !== undefined) await writeDotenv(dotenv, result.outputs, terminal);
    print(terminal.stdout, args.json ? JSON.stringify({ ok: true, command: capability.spec.name, outputs: result.outputs }) : result.text);
    return exitCodes.ok;
  } catch (thrown) {
    const error = asBoardlineError(thrown);
    // A failed capability may still have outputs (the transcript path) that later jobs want.
    if (dotenv !== undefined && error.result !== undefined) {
      await writeDotenv(dotenv, error.result.outputs, terminal).catch((failure: unknown) => {
        print(terminal.stderr, `error: ${(failure as Error).message}`);
      });
    }
    return reportError(terminal, error, wantsJson);
  }
}

/** The CLI: `boardline <command> [options]`. Returns the exit code. */
export async function runCli(argv: readonly string[], terminal: Terminal): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    print(command === undefined ? terminal.stderr : terminal.stdout, mainHelp(capabilities));
    return command === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (command === '--version' || command === '-V') {
    print(terminal.stdout, boardlineVersion);
    return exitCodes.ok;
  }
  // Commands are one word (ports) or a group and a verb (virtual-board start).
  const [verb, ...afterVerb] = rest;
  const grouped = capabilities.find((entry) => entry.spec.name === `${command} ${verb ?? ''}`);
  if (grouped !== undefined) return runCommand(grouped, afterVerb, terminal);
  const capability = capabilities.find((entry) => entry.spec.name === command);
  if (capability !== undefined) return runCommand(capability, rest, terminal);
  const group = capabilities.filter((entry) => entry.spec.name.startsWith(`${command} `));
  // `virtual-board --help` (or `--json --help`) asks what the group's commands are; no command comes first.
  const groupHelpAsked = verb === 'help' || (verb?.startsWith('-') === true && (rest.includes('--help') || rest.includes('-h')));
  if (group.length > 0 && groupHelpAsked) {
    print(terminal.stdout, rest.includes('--json') ? JSON.stringify(groupHelpJson(command, group), null, 2) : groupHelp(command, group));
    return exitCodes.ok;
  }
  const verbs = group.map((entry) => entry.spec.name.slice(command.length + 1));
  const noVerb = verb === undefined || verb.startsWith('-');
  const error =
    group.length > 0
      ? new BoardlineError('usage', noVerb ? `${command} needs a command: ${verbs.join(', ')}` : `Unknown command "${command} ${verb}"`, {
          hint: noVerb
            ? `Fix: write boardline ${command} <command> (boardline ${command} --help says what each does)`
            : `Fix: use one of ${verbs.join(', ')} (boardline ${command} --help says what each does)`,
        })
      : new BoardlineError('usage', `Unknown command "${command}"`, {
          hint: `Fix: use one of ${[...new Set(capabilities.map((entry) => entry.spec.name.split(' ')[0]))].join(', ')} (boardline --help)`,
        });
  return reportError(terminal, error, rest.includes('--json'));
}
