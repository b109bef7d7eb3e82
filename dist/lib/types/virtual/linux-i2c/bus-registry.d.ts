import type { ControlOwner } from '../control.js';
import type { I2cMode } from './bus-mode.js';
/** What a running virtual I2C bus publishes about itself, in <state>/i2c/<name>/bus.json. */
export interface VirtualI2cRecord {
    name: string;
    bus: number;
    mode: I2cMode;
    /** /dev/i2c-N when the FUSE file is mounted there; empty when programs reach the bus through the shim only. */
    device: string;
    /** The bus socket the front ends connect to. */
    socket: string;
    /** Its control socket: status, set, history (the trace), stop. */
    control: string;
    pid: number;
    startedAt: string;
}
export declare const busControlOwner: ControlOwner;
export declare function busDirectory(stateDir: string, name: string): string;
export declare function findBus(stateDir: string, name: string): Promise<VirtualI2cRecord | undefined>;
export declare function listBuses(stateDir: string): Promise<VirtualI2cRecord[]>;
export declare function runningBus(stateDir: string, name: string): Promise<VirtualI2cRecord>;
