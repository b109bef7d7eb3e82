import type { Io } from '../io.js';
import { renderPortMarkdown, renderPortTable } from '../report/port-table.js';
import { listPorts } from '../serial/list-ports.js';
import { renderSer2netConfig } from '../serial/ser2net-config.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import type { CapabilityResult, OutputValue } from './result.js';

export const portsSpec = defineCapability({
  name: 'ports',
  title: 'Boardline: list serial ports',
  description: 'List the serial ports of this machine with their stable links and USB identity, to choose a port value.',
  inputs: {
    ser2net: {
      kind: 'boolean',
      default: 'false',
      description: "Print a ser2net.yaml that serves this machine's ports over RFC 2217 (one board per TCP port) instead of the listing.",
    },
    listen: {
      kind: 'string',
      default: '127.0.0.1',
      description: 'With ser2net: the address its accepters bind to; 127.0.0.1 for an SSH tunnel, 0.0.0.0 for the network.',
    },
    'base-port': {
      kind: 'integer',
      min: 1,
      max: 65535,
      default: '2217',
      description: "With ser2net: the first board's TCP port; the next ones count up from it.",
    },
  },
  outputs: {
    ports: 'JSON list of ports: path, links, usb (vendorId, productId, serialNumber, manufacturer, product, interface), driver.',
    ser2net: 'With ser2net: the ser2net.yaml text.',
  },
});

export type PortsOptions = InputValues<typeof portsSpec.inputs>;

export async function ports(options: PortsOptions, _io: Io): Promise<CapabilityResult> {
  const found = await listPorts();
  const empty = 'No serial ports are present on this machine.';
  if (options.ser2net) {
    const config = renderSer2netConfig(found, { listen: options.listen, basePort: options['base-port'] });
    return { outputs: { ports: found as unknown as OutputValue, ser2net: config }, summary: `\`\`\`yaml\n${config}\`\`\``, text: config };
  }
  return {
    outputs: { ports: found as unknown as OutputValue, ser2net: '' },
    summary: found.length === 0 ? empty : renderPortMarkdown(found),
    text: found.length === 0 ? empty : renderPortTable(found),
  };
}
