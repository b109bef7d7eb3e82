import { type DeviceMapping } from './device-mapping.js';
import { type PublishedPort } from './published-ports.js';
export interface RunSettings {
    devices: readonly DeviceMapping[];
    published: readonly PublishedPort[];
    env: readonly string[];
    envFile?: string | undefined;
    volumes: readonly string[];
    restart: string;
}
/** The docker create arguments of a deploy, everything checked before the running container is touched. */
export declare function runArguments(settings: RunSettings): Promise<string[]>;
