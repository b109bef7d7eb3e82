/** A digital level on a pin. */
export type Level = 0 | 1;

/** One change of a pin's level, at an emulated time in microseconds since the board powered on. */
export interface PinEdge {
  atUs: number;
  level: Level;
}

/**
 * What a pin did over a window of emulated time: its level when the window opened and every
 * change inside it, in order. The pin is named as the user named it ("13", "A0").
 */
export interface PinTrace {
  pin: string;
  startUs: number;
  endUs: number;
  initial: Level;
  edges: readonly PinEdge[];
}
