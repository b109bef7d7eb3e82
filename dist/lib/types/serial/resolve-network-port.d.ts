import type { PortTlsFiles } from './port-inputs.js';
import type { ResolvedPort } from './resolve-port.js';
/** Only an rfc2217s:// port takes TLS files: given for any other, they are a mistake worth naming. */
export declare function refuseTlsFor(port: string, files?: PortTlsFiles): void;
/** A port on another machine: its address, its TLS material, and a lock name of its own. */
export declare function resolveNetworkPort(value: string, files?: PortTlsFiles): Promise<ResolvedPort>;
