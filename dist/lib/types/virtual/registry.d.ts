/** What a running virtual board publishes about itself, in <state>/boards/<name>/board.json. */
export interface VirtualBoardRecord {
    name: string;
    board: string;
    pid: number;
    /** The stable path of its serial port (a symlink to the current pty). */
    port: string;
    /** Its control socket: reset, status, stop. */
    control: string;
    bootloader: string;
    flashFile: string | null;
    startedAt: string;
}
export declare const namePattern: RegExp;
/** Refuses a name that cannot be a directory and a port value; `what` and `example` fit the family (a virtual I2C bus is not a board). */
export declare function checkBoardName(name: string, what?: string, example?: string): void;
export declare function boardDirectory(stateDir: string, name: string): string;
/** The record a running process published in `file`, or undefined; the record of one that died is removed. */
export declare function readLiveRecord<R extends {
    pid: number;
}>(file: string): Promise<R | undefined>;
/** The live records of every name under `directory`, each found by `find`, sorted by name. */
export declare function listLiveRecords<R>(directory: string, find: (name: string) => Promise<R | undefined>): Promise<R[]>;
/** The running board of that name, or undefined; the record of one that died is cleaned up. */
export declare function findBoard(stateDir: string, name: string): Promise<VirtualBoardRecord | undefined>;
export declare function listBoards(stateDir: string): Promise<VirtualBoardRecord[]>;
