/**
 * The runner's two channels from an action back to the job, parsed as the runner parses them:
 * file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) and workflow commands on stdout
 * (`::error file=a.c,line=3::message`).
 */

/** Parses a GITHUB_OUTPUT-style file: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals !== -1 && (heredoc === -1 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc === -1) throw new Error(`Invalid file command line ${index + 1}: ${line}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const body: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== delimiter; index += 1) body.push(lines[index]!);
    if (index >= lines.length) throw new Error(`File command ${name}: delimiter ${delimiter} never closes`);
    values[name] = body.join('\n');
  }
  return values;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Every `::command props::message` line of an action's stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (match === null) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter((part) => part !== '')) {
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return commands;
}
