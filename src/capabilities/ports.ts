import type { Io } from '../io.js';
import { renderPortMarkdown, renderPortTable } from '../report/port-table.js';
import { listPorts } from '../serial/list-ports.js';
import { defineCapability } from '../spec/capability.js';
import type { CapabilityResult, OutputValue } from './result.js';

export const portsSpec = defineCapability({
  name: 'ports',
  title: 'Boardline: list serial ports',
  description: 'List the serial ports of this machine with their stable links and USB identity, to choose a port value.',
  inputs: {},
  outputs: {
    ports: 'JSON list of ports: path, links, usb (vendorId, productId, serialNumber, manufacturer, product, interface), driver.',
  },
});

/** ports takes no inputs. */
export type PortsOptions = Record<string, never>;

export async function ports(_options: PortsOptions, _io: Io): Promise<CapabilityResult> {
  const found = await listPorts();
  const empty = 'No serial ports are present on this machine.';
  return {
    outputs: { ports: found as unknown as OutputValue },
    summary: found.length === 0 ? empty : renderPortMarkdown(found),
    text: found.length === 0 ? empty : renderPortTable(found),
  };
}
