import type { Node } from 'yaml';
import type { YamlFile } from '../spec/yaml-file.js';
import type { BootContainer } from './image-config.js';
/** One `containers` entry: deploy-container's settings, checked as deploy-container checks them. */
export declare function parseBootContainer(file: YamlFile, node: Node): Promise<BootContainer>;
