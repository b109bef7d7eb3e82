import { type Server } from 'node:net';
import { type FailureKind } from '../errors.js';
/**
 * A virtual board's control channel: a Unix socket taking one JSON line per request and
 * answering with one JSON line. It stands in for what a pty cannot carry: the reset line
 * (`reset`), the power switch (`stop`), and a look at the board (`status`).
 */
export type ControlCommand = 'status' | 'reset' | 'download' | 'stop' | 'corrupt-next-block' | 'fail-next-write' | 'refuse-stub' | 'max-baud' | 'set' | 'pins' | 'history' | 'screenshot';
/** A command's arguments, as JSON carries them. */
export type ControlArguments = Readonly<Record<string, unknown>>;
export type ControlReply = {
    ok: true;
    [key: string]: unknown;
} | {
    ok: false;
    error: string;
    hint?: string;
    kind?: FailureKind;
};
export type ControlHandler = (command: ControlCommand, args: ControlArguments) => Promise<ControlReply>;
export declare function serveControl(path: string, handle: ControlHandler): Promise<Server>;
/** Who answers on a control socket, for errors: a virtual board, or a virtual I2C bus. */
export interface ControlOwner {
    what: string;
    /** The command that lists the running ones. */
    status: string;
}
/** Sends one command to a board's control socket and returns its answer, within a deadline. */
export declare function sendControl(path: string, command: ControlCommand, args?: ControlArguments, timeoutMs?: number, owner?: ControlOwner): Promise<Record<string, unknown>>;
