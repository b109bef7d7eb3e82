/** serialport's unix readiness poller, as far as this file uses it. */
export interface ReadinessPoller {
  poll(eventFlag?: number): void;
  listenerCount(event: string): number;
}

/** libuv's event bits, as serialport's poller passes them. */
const readableBit = 0b0001;
const writableBit = 0b0010;
const disconnectBit = 0b0100;

/**
 * Makes every poll watch each event someone still waits for. serialport's unix poller (through
 * @serialport/bindings-cpp 13.0.1) restarts its one uv_poll handle with only the event just asked
 * for: a read that comes up empty and waits for "readable" while a write waits for "writable" (its
 * buffer full) stops the watch for "writable", and if the board then says nothing until it has the
 * rest of the write — a flasher's next block — neither side ever moves. Asking for the union keeps
 * both; the native side already re-arms whatever is left after each event.
 */
export function watchEveryAwaitedEvent(poller: ReadinessPoller): void {
  const poll = poller.poll.bind(poller);
  poller.poll = (eventFlag = 0) => {
    let wanted = eventFlag;
    if (poller.listenerCount('readable') > 0) wanted |= readableBit;
    if (poller.listenerCount('writable') > 0) wanted |= writableBit;
    if (poller.listenerCount('disconnect') > 0) wanted |= disconnectBit;
    poll(wanted);
  };
}
