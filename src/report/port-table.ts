import { describePort, type PortInfo } from '../serial/port-info.js';

/** A plain-text table of ports, for logs and the terminal: the path, what it is, and its stable links. */
export function renderPortTable(ports: readonly PortInfo[]): string {
  const rows = ports.map((port) => ({ path: port.path, what: describePort(port), links: port.links }));
  const width = Math.max(4, ...rows.map((row) => row.path.length));
  const lines = [`${'PORT'.padEnd(width)}  DEVICE`];
  for (const row of rows) {
    lines.push(`${row.path.padEnd(width)}  ${row.what}`);
    for (const link of row.links) lines.push(`${''.padEnd(width)}    ${link}`);
  }
  return lines.join('\n');
}

/** The same listing as a Markdown table, for job summaries. */
export function renderPortMarkdown(ports: readonly PortInfo[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = ['| Port | Device | Links |', '| --- | --- | --- |'];
  for (const port of ports) {
    lines.push(`| \`${cell(port.path)}\` | ${cell(describePort(port))} | ${port.links.map((link) => `\`${cell(link)}\``).join('<br>')} |`);
  }
  return lines.join('\n');
}
