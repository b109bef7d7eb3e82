import { type Node } from 'yaml';
/**
 * A YAML file read for a person's configuration: every node keeps its line, so an error can say
 * "wiring.yml line 7: unknown key adress". The file's name is part of each message.
 */
export declare class YamlFile {
    readonly source: string;
    private readonly lines;
    readonly root: Node | null;
    constructor(text: string, source: string);
    lineOf(node: Node | null | undefined): number;
    /** "wiring.yml line 7" for a node. */
    where(node: Node | null | undefined): string;
    fail(node: Node | null | undefined, message: string, hint: string): never;
    /** A mapping's entries, refusing keys not in `allowed` (each named with its line). */
    entries(node: Node | null | undefined, allowed: readonly string[], what: string): Map<string, {
        key: Node;
        value: Node | null;
    }>;
    items(node: Node | null | undefined, what: string): Node[];
    scalar(node: Node | null | undefined, what: string): string | number | boolean;
    number(node: Node | null | undefined, what: string): number;
    string(node: Node | null | undefined, what: string): string;
}
