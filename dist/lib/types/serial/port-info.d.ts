/** A serial port present on this machine, as the user needs to know it to pick one. */
export interface PortInfo {
    /** The device node, e.g. /dev/ttyUSB0. */
    path: string;
    /** Stable udev links to it: /dev/serial/by-id/… and /dev/serial/by-path/…. */
    links: string[];
    /** USB identity, for USB serial adapters and boards with native USB. Hex, lower case, 4 digits. */
    usb?: {
        vendorId: string;
        productId: string;
        serialNumber?: string;
        manufacturer?: string;
        product?: string;
        /** The USB interface number, for composite devices that expose several ports. */
        interface?: number;
    };
    /** The kernel driver, e.g. ftdi_sio, ch341-uart, cdc_acm, serial8250. */
    driver?: string;
}
export declare function describePort(port: PortInfo): string;
