import { SerialPort } from 'serialport';
import { BoardlineError } from '../errors.js';

/**
 * Opens a serial port, turning the binding's errors into ones that say which port and what to do.
 * A pty (virtual boards, socat pairs) opens like any tty.
 */
export async function openPort(path: string, baudRate: number): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => {
      if (error === null) {
        resolve();
        return;
      }
      const busy = /EBUSY|Resource temporarily unavailable|Cannot lock port/i.test(error.message);
      const denied = /EACCES|Permission denied/i.test(error.message);
      const hint = busy
        ? 'Fix: another program holds the port (a serial monitor, ModemManager, another job); close it'
        : denied
          ? 'Fix: add the runner user to the dialout group (sudo usermod -aG dialout USER) and log in again'
          : 'Fix: check the board is connected and the path is right (boardline ports lists them)';
      reject(new BoardlineError('port', `Cannot open port ${path}: ${error.message}`, { hint, cause: error }));
    });
  });
  return port;
}

export async function closePort(port: SerialPort): Promise<void> {
  if (!port.isOpen) return;
  await new Promise<void>((resolve) => port.close(() => resolve()));
}
