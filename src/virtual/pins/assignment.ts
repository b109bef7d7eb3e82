import { BoardlineError } from '../../errors.js';

/** `DEVICE.FIELD=VALUE` as `virtual-board set` takes it: bmp280.temperature=25.5, pin.2=pressed, pin.A0=2.5V. */
export interface Assignment {
  target: string;
  field: string;
  value: string;
  text: string;
}

export function parseAssignment(text: string): Assignment {
  const match = /^\s*([^.=\s]+)\.([^=\s]+)\s*=\s*(\S.*?)\s*$/.exec(text);
  if (match === null) {
    throw new BoardlineError('usage', `${JSON.stringify(text)} is not DEVICE.FIELD=VALUE`, {
      hint: 'Fix: write e.g. bmp280.temperature=25.5, pin.2=pressed, pin.7=high or pin.A0=2.5V',
    });
  }
  return { target: match[1] ?? '', field: match[2] ?? '', value: match[3] ?? '', text: text.trim() };
}
