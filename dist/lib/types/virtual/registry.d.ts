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
export declare function checkBoardName(name: string): void;
export declare function boardDirectory(stateDir: string, name: string): string;
/** The running board of that name, or undefined; the record of one that died is cleaned up. */
export declare function findBoard(stateDir: string, name: string): Promise<VirtualBoardRecord | undefined>;
export declare function listBoards(stateDir: string): Promise<VirtualBoardRecord[]>;
