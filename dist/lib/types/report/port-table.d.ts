import { type PortInfo } from '../serial/port-info.js';
/** A plain-text table of ports, for logs and the terminal: the path, what it is, and its stable links. */
export declare function renderPortTable(ports: readonly PortInfo[]): string;
/** The same listing as a Markdown table, for job summaries. */
export declare function renderPortMarkdown(ports: readonly PortInfo[]): string;
