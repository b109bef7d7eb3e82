#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 151:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


Object.defineProperty(exports, "__esModule", ({ value: true }));

var debugFactory = __nccwpck_require__(830);

function _interopDefaultLegacy (e) { return e && typeof e === 'object' && 'default' in e ? e : { 'default': e }; }

var debugFactory__default = /*#__PURE__*/_interopDefaultLegacy(debugFactory);

const debug = debugFactory__default["default"]('serialport/binding-mock');
let ports = {};
let serialNumber = 0;
function resolveNextTick() {
    return new Promise(resolve => process.nextTick(() => resolve()));
}
class CanceledError extends Error {
    constructor(message) {
        super(message);
        this.canceled = true;
    }
}
const MockBinding = {
    reset() {
        ports = {};
        serialNumber = 0;
    },
    // Create a mock port
    createPort(path, options = {}) {
        serialNumber++;
        const optWithDefaults = Object.assign({ echo: false, record: false, manufacturer: 'The J5 Robotics Company', vendorId: undefined, productId: undefined, maxReadSize: 1024 }, options);
        ports[path] = {
            data: Buffer.alloc(0),
            echo: optWithDefaults.echo,
            record: optWithDefaults.record,
            readyData: optWithDefaults.readyData,
            maxReadSize: optWithDefaults.maxReadSize,
            info: {
                path,
                manufacturer: optWithDefaults.manufacturer,
                serialNumber: `${serialNumber}`,
                pnpId: undefined,
                locationId: undefined,
                vendorId: optWithDefaults.vendorId,
                productId: optWithDefaults.productId,
            },
        };
        debug(serialNumber, 'created port', JSON.stringify({ path, opt: options }));
    },
    async list() {
        debug(null, 'list');
        return Object.values(ports).map(port => port.info);
    },
    async open(options) {
        var _a;
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('"options" is not an object');
        }
        if (!options.path) {
            throw new TypeError('"path" is not a valid port');
        }
        if (!options.baudRate) {
            throw new TypeError('"baudRate" is not a valid baudRate');
        }
        const openOptions = Object.assign({ dataBits: 8, lock: true, stopBits: 1, parity: 'none', rtscts: false, xon: false, xoff: false, xany: false, hupcl: true }, options);
        const { path } = openOptions;
        debug(null, `open: opening path ${path}`);
        const port = ports[path];
        await resolveNextTick();
        if (!port) {
            throw new Error(`Port does not exist - please call MockBinding.createPort('${path}') first`);
        }
        const serialNumber = port.info.serialNumber;
        if ((_a = port.openOpt) === null || _a === void 0 ? void 0 : _a.lock) {
            debug(serialNumber, 'open: Port is locked cannot open');
            throw new Error('Port is locked cannot open');
        }
        debug(serialNumber, `open: opened path ${path}`);
        port.openOpt = Object.assign({}, openOptions);
        return new MockPortBinding(port, openOptions);
    },
};
/**
 * Mock bindings for pretend serialport access
 */
class MockPortBinding {
    constructor(port, openOptions) {
        this.port = port;
        this.openOptions = openOptions;
        this.pendingRead = null;
        this.isOpen = true;
        this.lastWrite = null;
        this.recording = Buffer.alloc(0);
        this.writeOperation = null; // in flight promise or null
        this.serialNumber = port.info.serialNumber;
        if (port.readyData) {
            const data = port.readyData;
            process.nextTick(() => {
                if (this.isOpen) {
                    debug(this.serialNumber, 'emitting ready data');
                    this.emitData(data);
                }
            });
        }
    }
    // Emit data on a mock port
    emitData(data) {
        if (!this.isOpen || !this.port) {
            throw new Error('Port must be open to pretend to receive data');
        }
        const bufferData = Buffer.isBuffer(data) ? data : Buffer.from(data);
        debug(this.serialNumber, 'emitting data - pending read:', Boolean(this.pendingRead));
        this.port.data = Buffer.concat([this.port.data, bufferData]);
        if (this.pendingRead) {
            process.nextTick(this.pendingRead);
            this.pendingRead = null;
        }
    }
    async close() {
        debug(this.serialNumber, 'close');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        const port = this.port;
        if (!port) {
            throw new Error('already closed');
        }
        port.openOpt = undefined;
        // reset data on close
        port.data = Buffer.alloc(0);
        debug(this.serialNumber, 'port is closed');
        this.serialNumber = undefined;
        this.isOpen = false;
        if (this.pendingRead) {
            this.pendingRead(new CanceledError('port is closed'));
        }
    }
    async read(buffer, offset, length) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        if (typeof offset !== 'number' || isNaN(offset)) {
            throw new TypeError(`"offset" is not an integer got "${isNaN(offset) ? 'NaN' : typeof offset}"`);
        }
        if (typeof length !== 'number' || isNaN(length)) {
            throw new TypeError(`"length" is not an integer got "${isNaN(length) ? 'NaN' : typeof length}"`);
        }
        if (buffer.length < offset + length) {
            throw new Error('buffer is too small');
        }
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        debug(this.serialNumber, 'read', length, 'bytes');
        await resolveNextTick();
        if (!this.isOpen || !this.port) {
            throw new CanceledError('Read canceled');
        }
        if (this.port.data.length <= 0) {
            return new Promise((resolve, reject) => {
                this.pendingRead = err => {
                    if (err) {
                        return reject(err);
                    }
                    this.read(buffer, offset, length).then(resolve, reject);
                };
            });
        }
        const lengthToRead = this.port.maxReadSize > length ? length : this.port.maxReadSize;
        const data = this.port.data.slice(0, lengthToRead);
        const bytesRead = data.copy(buffer, offset);
        this.port.data = this.port.data.slice(lengthToRead);
        debug(this.serialNumber, 'read', bytesRead, 'bytes');
        return { bytesRead, buffer };
    }
    async write(buffer) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        if (!this.isOpen || !this.port) {
            debug('write', 'error port is not open');
            throw new Error('Port is not open');
        }
        debug(this.serialNumber, 'write', buffer.length, 'bytes');
        if (this.writeOperation) {
            throw new Error('Overlapping writes are not supported and should be queued by the serialport object');
        }
        this.writeOperation = (async () => {
            await resolveNextTick();
            if (!this.isOpen || !this.port) {
                throw new Error('Write canceled');
            }
            const data = (this.lastWrite = Buffer.from(buffer)); // copy
            if (this.port.record) {
                this.recording = Buffer.concat([this.recording, data]);
            }
            if (this.port.echo) {
                process.nextTick(() => {
                    if (this.isOpen) {
                        this.emitData(data);
                    }
                });
            }
            this.writeOperation = null;
            debug(this.serialNumber, 'writing finished');
        })();
        return this.writeOperation;
    }
    async update(options) {
        if (typeof options !== 'object') {
            throw TypeError('"options" is not an object');
        }
        if (typeof options.baudRate !== 'number') {
            throw new TypeError('"options.baudRate" is not a number');
        }
        debug(this.serialNumber, 'update');
        if (!this.isOpen || !this.port) {
            throw new Error('Port is not open');
        }
        await resolveNextTick();
        if (this.port.openOpt) {
            this.port.openOpt.baudRate = options.baudRate;
        }
    }
    async set(options) {
        if (typeof options !== 'object') {
            throw new TypeError('"options" is not an object');
        }
        debug(this.serialNumber, 'set');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await resolveNextTick();
    }
    async get() {
        debug(this.serialNumber, 'get');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await resolveNextTick();
        return {
            cts: true,
            dsr: false,
            dcd: false,
        };
    }
    async getBaudRate() {
        var _a;
        debug(this.serialNumber, 'getBaudRate');
        if (!this.isOpen || !this.port) {
            throw new Error('Port is not open');
        }
        await resolveNextTick();
        if (!((_a = this.port.openOpt) === null || _a === void 0 ? void 0 : _a.baudRate)) {
            throw new Error('Internal Error');
        }
        return {
            baudRate: this.port.openOpt.baudRate,
        };
    }
    async flush() {
        debug(this.serialNumber, 'flush');
        if (!this.isOpen || !this.port) {
            throw new Error('Port is not open');
        }
        await resolveNextTick();
        this.port.data = Buffer.alloc(0);
    }
    async drain() {
        debug(this.serialNumber, 'drain');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await this.writeOperation;
        await resolveNextTick();
    }
}

exports.CanceledError = CanceledError;
exports.MockBinding = MockBinding;
exports.MockPortBinding = MockPortBinding;


/***/ }),

/***/ 236:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DarwinPortBinding = exports.DarwinBinding = void 0;
const debug_1 = __importDefault(__nccwpck_require__(830));
const load_bindings_1 = __nccwpck_require__(246);
const poller_1 = __nccwpck_require__(81);
const unix_read_1 = __nccwpck_require__(118);
const unix_write_1 = __nccwpck_require__(35);
const debug = (0, debug_1.default)('serialport/bindings-cpp');
exports.DarwinBinding = {
    list() {
        debug('list');
        return (0, load_bindings_1.asyncList)();
    },
    async open(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('"options" is not an object');
        }
        if (!options.path) {
            throw new TypeError('"path" is not a valid port');
        }
        if (!options.baudRate) {
            throw new TypeError('"baudRate" is not a valid baudRate');
        }
        debug('open');
        const openOptions = Object.assign({ vmin: 1, vtime: 0, dataBits: 8, lock: true, stopBits: 1, parity: 'none', rtscts: false, xon: false, xoff: false, xany: false, hupcl: true }, options);
        const fd = await (0, load_bindings_1.asyncOpen)(openOptions.path, openOptions);
        return new DarwinPortBinding(fd, openOptions);
    },
};
/**
 * The Darwin binding layer for OSX
 */
class DarwinPortBinding {
    constructor(fd, options) {
        this.fd = fd;
        this.openOptions = options;
        this.poller = new poller_1.Poller(fd);
        this.writeOperation = null;
    }
    get isOpen() {
        return this.fd !== null;
    }
    async close() {
        debug('close');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        const fd = this.fd;
        this.poller.stop();
        this.poller.destroy();
        this.fd = null;
        await (0, load_bindings_1.asyncClose)(fd);
    }
    async read(buffer, offset, length) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        if (typeof offset !== 'number' || isNaN(offset)) {
            throw new TypeError(`"offset" is not an integer got "${isNaN(offset) ? 'NaN' : typeof offset}"`);
        }
        if (typeof length !== 'number' || isNaN(length)) {
            throw new TypeError(`"length" is not an integer got "${isNaN(length) ? 'NaN' : typeof length}"`);
        }
        debug('read');
        if (buffer.length < offset + length) {
            throw new Error('buffer is too small');
        }
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        return (0, unix_read_1.unixRead)({ binding: this, buffer, offset, length });
    }
    async write(buffer) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        debug('write', buffer.length, 'bytes');
        if (!this.isOpen) {
            debug('write', 'error port is not open');
            throw new Error('Port is not open');
        }
        this.writeOperation = (async () => {
            if (buffer.length === 0) {
                return;
            }
            await (0, unix_write_1.unixWrite)({ binding: this, buffer });
            this.writeOperation = null;
        })();
        return this.writeOperation;
    }
    async update(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw TypeError('"options" is not an object');
        }
        if (typeof options.baudRate !== 'number') {
            throw new TypeError('"options.baudRate" is not a number');
        }
        debug('update');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncUpdate)(this.fd, options);
    }
    async set(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('"options" is not an object');
        }
        debug('set', options);
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncSet)(this.fd, options);
    }
    async get() {
        debug('get');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        return (0, load_bindings_1.asyncGet)(this.fd);
    }
    async getBaudRate() {
        debug('getBaudRate');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        throw new Error('getBaudRate is not implemented on darwin');
    }
    async flush() {
        debug('flush');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncFlush)(this.fd);
    }
    async drain() {
        debug('drain');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await this.writeOperation;
        await (0, load_bindings_1.asyncDrain)(this.fd);
    }
}
exports.DarwinPortBinding = DarwinPortBinding;


/***/ }),

/***/ 532:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BindingsError = void 0;
class BindingsError extends Error {
    constructor(message, { canceled = false } = {}) {
        super(message);
        this.canceled = canceled;
    }
}
exports.BindingsError = BindingsError;


/***/ }),

/***/ 707:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.autoDetect = autoDetect;
/* eslint-disable @typescript-eslint/no-var-requires */
const debug_1 = __importDefault(__nccwpck_require__(830));
const darwin_1 = __nccwpck_require__(236);
const linux_1 = __nccwpck_require__(809);
const win32_1 = __nccwpck_require__(276);
const debug = (0, debug_1.default)('serialport/bindings-cpp');
__exportStar(__nccwpck_require__(601), exports);
__exportStar(__nccwpck_require__(236), exports);
__exportStar(__nccwpck_require__(809), exports);
__exportStar(__nccwpck_require__(276), exports);
__exportStar(__nccwpck_require__(532), exports);
/**
 * This is an auto detected binding for your current platform
 */
function autoDetect() {
    switch (process.platform) {
        case 'win32':
            debug('loading WindowsBinding');
            return win32_1.WindowsBinding;
        case 'darwin':
            debug('loading DarwinBinding');
            return darwin_1.DarwinBinding;
        default:
            debug('loading LinuxBinding');
            return linux_1.LinuxBinding;
    }
}


/***/ }),

/***/ 294:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.linuxList = linuxList;
const child_process_1 = __nccwpck_require__(317);
const parser_readline_1 = __nccwpck_require__(963);
// get only serial port names
function checkPathOfDevice(path) {
    return /(tty(S|WCH|ACM|USB|AMA|MFD|O|XRUSB)|rfcomm)/.test(path) && path;
}
function propName(name) {
    return {
        DEVNAME: 'path',
        ID_VENDOR_ENC: 'manufacturer',
        ID_SERIAL_SHORT: 'serialNumber',
        ID_VENDOR_ID: 'vendorId',
        ID_MODEL_ID: 'productId',
        DEVLINKS: 'pnpId',
        /**
        * Workaround for systemd defect
        * see https://github.com/serialport/bindings-cpp/issues/115
        */
        ID_USB_VENDOR_ENC: 'manufacturer',
        ID_USB_SERIAL_SHORT: 'serialNumber',
        ID_USB_VENDOR_ID: 'vendorId',
        ID_USB_MODEL_ID: 'productId',
        // End of workaround
    }[name.toUpperCase()];
}
function decodeHexEscape(str) {
    return str.replace(/\\x([a-fA-F0-9]{2})/g, (a, b) => {
        return String.fromCharCode(parseInt(b, 16));
    });
}
function propVal(name, val) {
    if (name === 'pnpId') {
        const match = val.match(/\/by-id\/([^\s]+)/);
        return (match === null || match === void 0 ? void 0 : match[1]) || undefined;
    }
    if (name === 'manufacturer') {
        return decodeHexEscape(val);
    }
    if (/^0x/.test(val)) {
        return val.substr(2);
    }
    return val;
}
function linuxList(spawnCmd = child_process_1.spawn) {
    const ports = [];
    const udevadm = spawnCmd('udevadm', ['info', '-e']);
    const lines = udevadm.stdout.pipe(new parser_readline_1.ReadlineParser());
    let skipPort = false;
    let port = {
        path: '',
        manufacturer: undefined,
        serialNumber: undefined,
        pnpId: undefined,
        locationId: undefined,
        vendorId: undefined,
        productId: undefined,
    };
    lines.on('data', (line) => {
        const lineType = line.slice(0, 1);
        const data = line.slice(3);
        // new port entry
        if (lineType === 'P') {
            port = {
                path: '',
                manufacturer: undefined,
                serialNumber: undefined,
                pnpId: undefined,
                locationId: undefined,
                vendorId: undefined,
                productId: undefined,
            };
            skipPort = false;
            return;
        }
        if (skipPort) {
            return;
        }
        // Check dev name and save port if it matches flag to skip the rest of the data if not
        if (lineType === 'N') {
            if (checkPathOfDevice(data)) {
                ports.push(port);
            }
            else {
                skipPort = true;
            }
            return;
        }
        // parse data about each port
        if (lineType === 'E') {
            const keyValue = data.match(/^(.+)=(.*)/);
            if (!keyValue) {
                return;
            }
            const key = propName(keyValue[1]);
            if (!key) {
                return;
            }
            port[key] = propVal(key, keyValue[2]);
        }
    });
    return new Promise((resolve, reject) => {
        udevadm.on('close', (code) => {
            if (code) {
                reject(new Error(`Error listing ports udevadm exited with error code: ${code}`));
            }
        });
        udevadm.on('error', reject);
        lines.on('error', reject);
        lines.on('finish', () => resolve(ports));
    });
}


/***/ }),

/***/ 809:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LinuxPortBinding = exports.LinuxBinding = void 0;
const debug_1 = __importDefault(__nccwpck_require__(830));
const linux_list_1 = __nccwpck_require__(294);
const poller_1 = __nccwpck_require__(81);
const unix_read_1 = __nccwpck_require__(118);
const unix_write_1 = __nccwpck_require__(35);
const load_bindings_1 = __nccwpck_require__(246);
const debug = (0, debug_1.default)('serialport/bindings-cpp');
exports.LinuxBinding = {
    list() {
        debug('list');
        return (0, linux_list_1.linuxList)();
    },
    async open(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('"options" is not an object');
        }
        if (!options.path) {
            throw new TypeError('"path" is not a valid port');
        }
        if (!options.baudRate) {
            throw new TypeError('"baudRate" is not a valid baudRate');
        }
        debug('open');
        const openOptions = Object.assign({ vmin: 1, vtime: 0, dataBits: 8, lock: true, stopBits: 1, parity: 'none', rtscts: false, xon: false, xoff: false, xany: false, hupcl: true }, options);
        const fd = await (0, load_bindings_1.asyncOpen)(openOptions.path, openOptions);
        this.fd = fd;
        return new LinuxPortBinding(fd, openOptions);
    },
};
/**
 * The linux binding layer
 */
class LinuxPortBinding {
    constructor(fd, openOptions) {
        this.fd = fd;
        this.openOptions = openOptions;
        this.poller = new poller_1.Poller(fd);
        this.writeOperation = null;
    }
    get isOpen() {
        return this.fd !== null;
    }
    async close() {
        debug('close');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        const fd = this.fd;
        this.poller.stop();
        this.poller.destroy();
        this.fd = null;
        await (0, load_bindings_1.asyncClose)(fd);
    }
    async read(buffer, offset, length) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        if (typeof offset !== 'number' || isNaN(offset)) {
            throw new TypeError(`"offset" is not an integer got "${isNaN(offset) ? 'NaN' : typeof offset}"`);
        }
        if (typeof length !== 'number' || isNaN(length)) {
            throw new TypeError(`"length" is not an integer got "${isNaN(length) ? 'NaN' : typeof length}"`);
        }
        debug('read');
        if (buffer.length < offset + length) {
            throw new Error('buffer is too small');
        }
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        return (0, unix_read_1.unixRead)({ binding: this, buffer, offset, length });
    }
    async write(buffer) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        debug('write', buffer.length, 'bytes');
        if (!this.isOpen) {
            debug('write', 'error port is not open');
            throw new Error('Port is not open');
        }
        this.writeOperation = (async () => {
            if (buffer.length === 0) {
                return;
            }
            await (0, unix_write_1.unixWrite)({ binding: this, buffer });
            this.writeOperation = null;
        })();
        return this.writeOperation;
    }
    async update(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw TypeError('"options" is not an object');
        }
        if (typeof options.baudRate !== 'number') {
            throw new TypeError('"options.baudRate" is not a number');
        }
        debug('update');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncUpdate)(this.fd, options);
    }
    async set(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('"options" is not an object');
        }
        debug('set');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncSet)(this.fd, options);
    }
    async get() {
        debug('get');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        return (0, load_bindings_1.asyncGet)(this.fd);
    }
    async getBaudRate() {
        debug('getBaudRate');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        return (0, load_bindings_1.asyncGetBaudRate)(this.fd);
    }
    async flush() {
        debug('flush');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncFlush)(this.fd);
    }
    async drain() {
        debug('drain');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await this.writeOperation;
        await (0, load_bindings_1.asyncDrain)(this.fd);
    }
}
exports.LinuxPortBinding = LinuxPortBinding;


/***/ }),

/***/ 246:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.asyncWrite = exports.asyncRead = exports.asyncUpdate = exports.asyncSet = exports.asyncOpen = exports.asyncList = exports.asyncGetBaudRate = exports.asyncGet = exports.asyncFlush = exports.asyncDrain = exports.asyncClose = void 0;
const util_1 = __nccwpck_require__(23);
const serialport_bindings_1 = __nccwpck_require__(255);
exports.asyncClose = serialport_bindings_1.binding.close ? (0, util_1.promisify)(serialport_bindings_1.binding.close) : async () => { throw new Error('"binding.close" Method not implemented'); };
exports.asyncDrain = serialport_bindings_1.binding.drain ? (0, util_1.promisify)(serialport_bindings_1.binding.drain) : async () => { throw new Error('"binding.drain" Method not implemented'); };
exports.asyncFlush = serialport_bindings_1.binding.flush ? (0, util_1.promisify)(serialport_bindings_1.binding.flush) : async () => { throw new Error('"binding.flush" Method not implemented'); };
exports.asyncGet = serialport_bindings_1.binding.get ? (0, util_1.promisify)(serialport_bindings_1.binding.get) : async () => { throw new Error('"binding.get" Method not implemented'); };
exports.asyncGetBaudRate = serialport_bindings_1.binding.getBaudRate ? (0, util_1.promisify)(serialport_bindings_1.binding.getBaudRate) : async () => { throw new Error('"binding.getBaudRate" Method not implemented'); };
exports.asyncList = serialport_bindings_1.binding.list ? (0, util_1.promisify)(serialport_bindings_1.binding.list) : async () => { throw new Error('"binding.list" Method not implemented'); };
exports.asyncOpen = serialport_bindings_1.binding.open ? (0, util_1.promisify)(serialport_bindings_1.binding.open) : async () => { throw new Error('"binding.open" Method not implemented'); };
exports.asyncSet = serialport_bindings_1.binding.set ? (0, util_1.promisify)(serialport_bindings_1.binding.set) : async () => { throw new Error('"binding.set" Method not implemented'); };
exports.asyncUpdate = serialport_bindings_1.binding.update ? (0, util_1.promisify)(serialport_bindings_1.binding.update) : async () => { throw new Error('"binding.update" Method not implemented'); };
exports.asyncRead = serialport_bindings_1.binding.read ? (0, util_1.promisify)(serialport_bindings_1.binding.read) : async () => { throw new Error('"binding.read" Method not implemented'); };
exports.asyncWrite = serialport_bindings_1.binding.write ? (0, util_1.promisify)(serialport_bindings_1.binding.write) : async () => { throw new Error('"binding.write" Method not implemented'); };


/***/ }),

/***/ 81:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Poller = exports.EVENTS = void 0;
const debug_1 = __importDefault(__nccwpck_require__(830));
const events_1 = __nccwpck_require__(434);
const errors_1 = __nccwpck_require__(532);
const serialport_bindings_1 = __nccwpck_require__(255);
const { Poller: PollerBindings } = serialport_bindings_1.binding;
const logger = (0, debug_1.default)('serialport/bindings-cpp/poller');
exports.EVENTS = {
    UV_READABLE: 0b0001,
    UV_WRITABLE: 0b0010,
    UV_DISCONNECT: 0b0100,
};
function handleEvent(error, eventFlag) {
    if (error) {
        logger('error', error);
        this.emit('readable', error);
        this.emit('writable', error);
        this.emit('disconnect', error);
        return;
    }
    if (eventFlag & exports.EVENTS.UV_READABLE) {
        logger('received "readable"');
        this.emit('readable', null);
    }
    if (eventFlag & exports.EVENTS.UV_WRITABLE) {
        logger('received "writable"');
        this.emit('writable', null);
    }
    if (eventFlag & exports.EVENTS.UV_DISCONNECT) {
        logger('received "disconnect"');
        this.emit('disconnect', null);
    }
}
/**
 * Polls unix systems for readable or writable states of a file or serialport
 */
class Poller extends events_1.EventEmitter {
    constructor(fd, FDPoller = PollerBindings) {
        logger('Creating poller');
        super();
        this.poller = new FDPoller(fd, handleEvent.bind(this));
    }
    /**
     * Wait for the next event to occur
     * @param {string} event ('readable'|'writable'|'disconnect')
     * @returns {Poller} returns itself
     */
    once(event, callback) {
        switch (event) {
            case 'readable':
                this.poll(exports.EVENTS.UV_READABLE);
                break;
            case 'writable':
                this.poll(exports.EVENTS.UV_WRITABLE);
                break;
            case 'disconnect':
                this.poll(exports.EVENTS.UV_DISCONNECT);
                break;
        }
        return super.once(event, callback);
    }
    /**
     * Ask the bindings to listen for an event, it is recommend to use `.once()` for easy use
     * @param {EVENTS} eventFlag polls for an event or group of events based upon a flag.
     */
    poll(eventFlag = 0) {
        if (eventFlag & exports.EVENTS.UV_READABLE) {
            logger('Polling for "readable"');
        }
        if (eventFlag & exports.EVENTS.UV_WRITABLE) {
            logger('Polling for "writable"');
        }
        if (eventFlag & exports.EVENTS.UV_DISCONNECT) {
            logger('Polling for "disconnect"');
        }
        this.poller.poll(eventFlag);
    }
    /**
     * Stop listening for events and cancel all outstanding listening with an error
     */
    stop() {
        logger('Stopping poller');
        this.poller.stop();
        this.emitCanceled();
    }
    destroy() {
        logger('Destroying poller');
        this.poller.destroy();
        this.emitCanceled();
    }
    emitCanceled() {
        const err = new errors_1.BindingsError('Canceled', { canceled: true });
        this.emit('readable', err);
        this.emit('writable', err);
        this.emit('disconnect', err);
    }
}
exports.Poller = Poller;


/***/ }),

/***/ 255:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.binding = void 0;
const path_1 = __nccwpck_require__(928);
const node_gyp_build_1 = __importDefault(__nccwpck_require__(668));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
exports.binding = (0, node_gyp_build_1.default)((0, path_1.join)(__dirname, '../'));


/***/ }),

/***/ 118:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unixRead = void 0;
const util_1 = __nccwpck_require__(23);
const fs_1 = __nccwpck_require__(896);
const errors_1 = __nccwpck_require__(532);
const debug_1 = __importDefault(__nccwpck_require__(830));
const logger = (0, debug_1.default)('serialport/bindings-cpp/unixRead');
const readAsync = (0, util_1.promisify)(fs_1.read);
const readable = (binding) => {
    return new Promise((resolve, reject) => {
        if (!binding.poller) {
            throw new Error('No poller on bindings');
        }
        binding.poller.once('readable', err => (err ? reject(err) : resolve()));
    });
};
const unixRead = async ({ binding, buffer, offset, length, fsReadAsync = readAsync, }) => {
    logger('Starting read');
    if (!binding.isOpen || !binding.fd) {
        throw new errors_1.BindingsError('Port is not open', { canceled: true });
    }
    try {
        const { bytesRead } = await fsReadAsync(binding.fd, buffer, offset, length, null);
        if (bytesRead === 0) {
            return (0, exports.unixRead)({ binding, buffer, offset, length, fsReadAsync });
        }
        logger('Finished read', bytesRead, 'bytes');
        return { bytesRead, buffer };
    }
    catch (err) {
        logger('read error', err);
        if (err.code === 'EAGAIN' || err.code === 'EWOULDBLOCK' || err.code === 'EINTR') {
            if (!binding.isOpen) {
                throw new errors_1.BindingsError('Port is not open', { canceled: true });
            }
            logger('waiting for readable because of code:', err.code);
            await readable(binding);
            return (0, exports.unixRead)({ binding, buffer, offset, length, fsReadAsync });
        }
        const disconnectError = err.code === 'EBADF' || // Bad file number means we got closed
            err.code === 'ENXIO' || // No such device or address probably usb disconnect
            err.code === 'UNKNOWN' ||
            err.errno === -1; // generic error
        if (disconnectError) {
            err.disconnect = true;
            logger('disconnecting', err);
        }
        throw err;
    }
};
exports.unixRead = unixRead;


/***/ }),

/***/ 35:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unixWrite = void 0;
const fs_1 = __nccwpck_require__(896);
const debug_1 = __importDefault(__nccwpck_require__(830));
const util_1 = __nccwpck_require__(23);
const logger = (0, debug_1.default)('serialport/bindings-cpp/unixWrite');
const writeAsync = (0, util_1.promisify)(fs_1.write);
const writable = (binding) => {
    return new Promise((resolve, reject) => {
        binding.poller.once('writable', err => (err ? reject(err) : resolve()));
    });
};
const unixWrite = async ({ binding, buffer, offset = 0, fsWriteAsync = writeAsync }) => {
    const bytesToWrite = buffer.length - offset;
    logger('Starting write', buffer.length, 'bytes offset', offset, 'bytesToWrite', bytesToWrite);
    if (!binding.isOpen || !binding.fd) {
        throw new Error('Port is not open');
    }
    try {
        const { bytesWritten } = await fsWriteAsync(binding.fd, buffer, offset, bytesToWrite);
        logger('write returned: wrote', bytesWritten, 'bytes');
        if (bytesWritten + offset < buffer.length) {
            if (!binding.isOpen) {
                throw new Error('Port is not open');
            }
            return (0, exports.unixWrite)({ binding, buffer, offset: bytesWritten + offset, fsWriteAsync });
        }
        logger('Finished writing', bytesWritten + offset, 'bytes');
    }
    catch (err) {
        logger('write errored', err);
        if (err.code === 'EAGAIN' || err.code === 'EWOULDBLOCK' || err.code === 'EINTR') {
            if (!binding.isOpen) {
                throw new Error('Port is not open');
            }
            logger('waiting for writable because of code:', err.code);
            await writable(binding);
            return (0, exports.unixWrite)({ binding, buffer, offset, fsWriteAsync });
        }
        const disconnectError = err.code === 'EBADF' || // Bad file number means we got closed
            err.code === 'ENXIO' || // No such device or address probably usb disconnect
            err.code === 'UNKNOWN' ||
            err.errno === -1; // generic error
        if (disconnectError) {
            err.disconnect = true;
            logger('disconnecting', err);
        }
        logger('error', err);
        throw err;
    }
};
exports.unixWrite = unixWrite;


/***/ }),

/***/ 966:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialNumParser = void 0;
const PARSERS = [/USB\\(?:.+)\\(.+)/, /FTDIBUS\\(?:.+)\+(.+?)A?\\.+/];
const serialNumParser = (pnpId) => {
    if (!pnpId) {
        return null;
    }
    for (const parser of PARSERS) {
        const sn = pnpId.match(parser);
        if (sn) {
            return sn[1];
        }
    }
    return null;
};
exports.serialNumParser = serialNumParser;


/***/ }),

/***/ 276:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WindowsPortBinding = exports.WindowsBinding = void 0;
const debug_1 = __importDefault(__nccwpck_require__(830));
const _1 = __nccwpck_require__(707);
const load_bindings_1 = __nccwpck_require__(246);
const win32_sn_parser_1 = __nccwpck_require__(966);
const debug = (0, debug_1.default)('serialport/bindings-cpp');
exports.WindowsBinding = {
    async list() {
        const ports = await (0, load_bindings_1.asyncList)();
        // Grab the serial number from the pnp id
        return ports.map(port => {
            if (port.pnpId && !port.serialNumber) {
                const serialNumber = (0, win32_sn_parser_1.serialNumParser)(port.pnpId);
                if (serialNumber) {
                    return Object.assign(Object.assign({}, port), { serialNumber });
                }
            }
            return port;
        });
    },
    async open(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('"options" is not an object');
        }
        if (!options.path) {
            throw new TypeError('"path" is not a valid port');
        }
        if (!options.baudRate) {
            throw new TypeError('"baudRate" is not a valid baudRate');
        }
        debug('open');
        const openOptions = Object.assign({ dataBits: 8, lock: true, stopBits: 1, parity: 'none', rtscts: false, rtsMode: 'handshake', xon: false, xoff: false, xany: false, hupcl: true }, options);
        const fd = await (0, load_bindings_1.asyncOpen)(openOptions.path, openOptions);
        return new WindowsPortBinding(fd, openOptions);
    },
};
/**
 * The Windows binding layer
 */
class WindowsPortBinding {
    constructor(fd, options) {
        this.fd = fd;
        this.openOptions = options;
        this.writeOperation = null;
    }
    get isOpen() {
        return this.fd !== null;
    }
    async close() {
        debug('close');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        const fd = this.fd;
        this.fd = null;
        await (0, load_bindings_1.asyncClose)(fd);
    }
    async read(buffer, offset, length) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        if (typeof offset !== 'number' || isNaN(offset)) {
            throw new TypeError(`"offset" is not an integer got "${isNaN(offset) ? 'NaN' : typeof offset}"`);
        }
        if (typeof length !== 'number' || isNaN(length)) {
            throw new TypeError(`"length" is not an integer got "${isNaN(length) ? 'NaN' : typeof length}"`);
        }
        debug('read');
        if (buffer.length < offset + length) {
            throw new Error('buffer is too small');
        }
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        try {
            const bytesRead = await (0, load_bindings_1.asyncRead)(this.fd, buffer, offset, length);
            return { bytesRead, buffer };
        }
        catch (err) {
            if (!this.isOpen) {
                throw new _1.BindingsError(err.message, { canceled: true });
            }
            throw err;
        }
    }
    async write(buffer) {
        if (!Buffer.isBuffer(buffer)) {
            throw new TypeError('"buffer" is not a Buffer');
        }
        debug('write', buffer.length, 'bytes');
        if (!this.isOpen) {
            debug('write', 'error port is not open');
            throw new Error('Port is not open');
        }
        this.writeOperation = (async () => {
            if (buffer.length === 0) {
                return;
            }
            await (0, load_bindings_1.asyncWrite)(this.fd, buffer);
            this.writeOperation = null;
        })();
        return this.writeOperation;
    }
    async update(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw TypeError('"options" is not an object');
        }
        if (typeof options.baudRate !== 'number') {
            throw new TypeError('"options.baudRate" is not a number');
        }
        debug('update');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncUpdate)(this.fd, options);
    }
    async set(options) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('"options" is not an object');
        }
        debug('set', options);
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncSet)(this.fd, options);
    }
    async get() {
        debug('get');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        return (0, load_bindings_1.asyncGet)(this.fd);
    }
    async getBaudRate() {
        debug('getBaudRate');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        return (0, load_bindings_1.asyncGetBaudRate)(this.fd);
    }
    async flush() {
        debug('flush');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await (0, load_bindings_1.asyncFlush)(this.fd);
    }
    async drain() {
        debug('drain');
        if (!this.isOpen) {
            throw new Error('Port is not open');
        }
        await this.writeOperation;
        await (0, load_bindings_1.asyncDrain)(this.fd);
    }
}
exports.WindowsPortBinding = WindowsPortBinding;


/***/ }),

/***/ 654:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DelimiterParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that emits data each time a byte sequence is received.
 * @extends Transform
 *
 * To use the `Delimiter` parser, provide a delimiter as a string, buffer, or array of bytes. Runs in O(n) time.
 */
class DelimiterParser extends stream_1.Transform {
    includeDelimiter;
    delimiter;
    buffer;
    constructor({ delimiter, includeDelimiter = false, ...options }) {
        super(options);
        if (delimiter === undefined) {
            throw new TypeError('"delimiter" is not a bufferable object');
        }
        if (delimiter.length === 0) {
            throw new TypeError('"delimiter" has a 0 or undefined length');
        }
        this.includeDelimiter = includeDelimiter;
        this.delimiter = Buffer.from(delimiter);
        this.buffer = Buffer.alloc(0);
    }
    _transform(chunk, encoding, cb) {
        let data = Buffer.concat([this.buffer, chunk]);
        let position;
        while ((position = data.indexOf(this.delimiter)) !== -1) {
            this.push(data.slice(0, position + (this.includeDelimiter ? this.delimiter.length : 0)));
            data = data.slice(position + this.delimiter.length);
        }
        this.buffer = data;
        cb();
    }
    _flush(cb) {
        this.push(this.buffer);
        this.buffer = Buffer.alloc(0);
        cb();
    }
}
exports.DelimiterParser = DelimiterParser;


/***/ }),

/***/ 963:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReadlineParser = void 0;
const parser_delimiter_1 = __nccwpck_require__(654);
/**
 *  A transform stream that emits data after a newline delimiter is received.
 * @summary To use the `Readline` parser, provide a delimiter (defaults to `\n`). Data is emitted as string controllable by the `encoding` option (defaults to `utf8`).
 */
class ReadlineParser extends parser_delimiter_1.DelimiterParser {
    constructor(options) {
        const opts = {
            delimiter: Buffer.from('\n', 'utf8'),
            encoding: 'utf8',
            ...options,
        };
        if (typeof opts.delimiter === 'string') {
            opts.delimiter = Buffer.from(opts.delimiter, opts.encoding);
        }
        super(opts);
    }
}
exports.ReadlineParser = ReadlineParser;


/***/ }),

/***/ 601:
/***/ (() => {

"use strict";




/***/ }),

/***/ 688:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ByteLengthParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * Emit data every number of bytes
 *
 * A transform stream that emits data as a buffer after a specific number of bytes are received. Runs in O(n) time.
 */
class ByteLengthParser extends stream_1.Transform {
    length;
    position;
    buffer;
    constructor(options) {
        super(options);
        if (typeof options.length !== 'number') {
            throw new TypeError('"length" is not a number');
        }
        if (options.length < 1) {
            throw new TypeError('"length" is not greater than 0');
        }
        this.length = options.length;
        this.position = 0;
        this.buffer = Buffer.alloc(this.length);
    }
    _transform(chunk, _encoding, cb) {
        let cursor = 0;
        while (cursor < chunk.length) {
            this.buffer[this.position] = chunk[cursor];
            cursor++;
            this.position++;
            if (this.position === this.length) {
                this.push(this.buffer);
                this.buffer = Buffer.alloc(this.length);
                this.position = 0;
            }
        }
        cb();
    }
    _flush(cb) {
        this.push(this.buffer.slice(0, this.position));
        this.buffer = Buffer.alloc(this.length);
        cb();
    }
}
exports.ByteLengthParser = ByteLengthParser;


/***/ }),

/***/ 431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CCTalkParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * Parse the CCTalk protocol
 * @extends Transform
 *
 * A transform stream that emits CCTalk packets as they are received.
 */
class CCTalkParser extends stream_1.Transform {
    array;
    cursor;
    lastByteFetchTime;
    maxDelayBetweenBytesMs;
    constructor(maxDelayBetweenBytesMs = 50) {
        super();
        this.array = [];
        this.cursor = 0;
        this.lastByteFetchTime = 0;
        this.maxDelayBetweenBytesMs = maxDelayBetweenBytesMs;
    }
    _transform(buffer, encoding, cb) {
        if (this.maxDelayBetweenBytesMs > 0) {
            const now = Date.now();
            if (now - this.lastByteFetchTime > this.maxDelayBetweenBytesMs) {
                this.array = [];
                this.cursor = 0;
            }
            this.lastByteFetchTime = now;
        }
        this.cursor += buffer.length;
        // TODO: Better Faster es7 no supported by node 4
        // ES7 allows directly push [...buffer]
        // this.array = this.array.concat(Array.from(buffer)) //Slower ?!?
        Array.from(buffer).map(byte => this.array.push(byte));
        while (this.cursor > 1 && this.cursor >= this.array[1] + 5) {
            // full frame accumulated
            // copy command from the array
            const FullMsgLength = this.array[1] + 5;
            const frame = Buffer.from(this.array.slice(0, FullMsgLength));
            // Preserve Extra Data
            this.array = this.array.slice(frame.length, this.array.length);
            this.cursor -= FullMsgLength;
            this.push(frame);
        }
        cb();
    }
}
exports.CCTalkParser = CCTalkParser;


/***/ }),

/***/ 876:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DelimiterParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that emits data each time a byte sequence is received.
 * @extends Transform
 *
 * To use the `Delimiter` parser, provide a delimiter as a string, buffer, or array of bytes. Runs in O(n) time.
 */
class DelimiterParser extends stream_1.Transform {
    includeDelimiter;
    delimiter;
    buffer;
    constructor({ delimiter, includeDelimiter = false, ...options }) {
        super(options);
        if (delimiter === undefined) {
            throw new TypeError('"delimiter" is not a bufferable object');
        }
        if (delimiter.length === 0) {
            throw new TypeError('"delimiter" has a 0 or undefined length');
        }
        this.includeDelimiter = includeDelimiter;
        this.delimiter = Buffer.from(delimiter);
        this.buffer = Buffer.alloc(0);
    }
    _transform(chunk, encoding, cb) {
        let data = Buffer.concat([this.buffer, chunk]);
        let position;
        while ((position = data.indexOf(this.delimiter)) !== -1) {
            this.push(data.slice(0, position + (this.includeDelimiter ? this.delimiter.length : 0)));
            data = data.slice(position + this.delimiter.length);
        }
        this.buffer = data;
        cb();
    }
    _flush(cb) {
        this.push(this.buffer);
        this.buffer = Buffer.alloc(0);
        cb();
    }
}
exports.DelimiterParser = DelimiterParser;


/***/ }),

/***/ 628:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InterByteTimeoutParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that buffers data and emits it after not receiving any bytes for the specified amount of time or hitting a max buffer size.
 */
class InterByteTimeoutParser extends stream_1.Transform {
    maxBufferSize;
    currentPacket;
    interval;
    intervalID;
    constructor({ maxBufferSize = 65536, interval, ...transformOptions }) {
        super(transformOptions);
        if (!interval) {
            throw new TypeError('"interval" is required');
        }
        if (typeof interval !== 'number' || Number.isNaN(interval)) {
            throw new TypeError('"interval" is not a number');
        }
        if (interval < 1) {
            throw new TypeError('"interval" is not greater than 0');
        }
        if (typeof maxBufferSize !== 'number' || Number.isNaN(maxBufferSize)) {
            throw new TypeError('"maxBufferSize" is not a number');
        }
        if (maxBufferSize < 1) {
            throw new TypeError('"maxBufferSize" is not greater than 0');
        }
        this.maxBufferSize = maxBufferSize;
        this.currentPacket = [];
        this.interval = interval;
    }
    _transform(chunk, encoding, cb) {
        if (this.intervalID) {
            clearTimeout(this.intervalID);
        }
        for (let offset = 0; offset < chunk.length; offset++) {
            this.currentPacket.push(chunk[offset]);
            if (this.currentPacket.length >= this.maxBufferSize) {
                this.emitPacket();
            }
        }
        this.intervalID = setTimeout(this.emitPacket.bind(this), this.interval);
        cb();
    }
    emitPacket() {
        if (this.intervalID) {
            clearTimeout(this.intervalID);
        }
        if (this.currentPacket.length > 0) {
            this.push(Buffer.from(this.currentPacket));
        }
        this.currentPacket = [];
    }
    _flush(cb) {
        this.emitPacket();
        cb();
    }
}
exports.InterByteTimeoutParser = InterByteTimeoutParser;


/***/ }),

/***/ 910:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PacketLengthParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that decodes packets with a delimiter and length of payload
 * specified within the data stream.
 * @extends Transform
 * @summary Decodes packets of the general form:
 *       [delimiter][len][payload0] ... [payload0 + len]
 *
 * The length field can be up to 4 bytes and can be at any offset within the packet
 *       [delimiter][header0][header1][len0][len1[payload0] ... [payload0 + len]
 *
 * The offset and number of bytes of the length field need to be provided in options
 * if not 1 byte immediately following the delimiter.
 */
class PacketLengthParser extends stream_1.Transform {
    buffer;
    start;
    opts;
    constructor(options = {}) {
        super(options);
        const { delimiter = [0xaa], delimiterBytes = 1, packetOverhead = 2, lengthBytes = 1, lengthOffset = 1, maxLen = 0xff } = options;
        this.opts = {
            delimiter: [].concat(delimiter),
            delimiterBytes,
            packetOverhead,
            lengthBytes,
            lengthOffset,
            maxLen,
        };
        this.buffer = Buffer.alloc(0);
        this.start = false;
    }
    _transform(chunk, encoding, cb) {
        for (let ndx = 0; ndx < chunk.length; ndx++) {
            const byte = chunk[ndx];
            if (true === this.start) {
                this.buffer = Buffer.concat([this.buffer, Buffer.from([byte])]);
                if (this.buffer.length >= this.opts.lengthOffset + this.opts.lengthBytes) {
                    const len = this.buffer.readUIntLE(this.opts.lengthOffset, this.opts.lengthBytes);
                    if (this.buffer.length == len + this.opts.packetOverhead || len > this.opts.maxLen) {
                        this.push(this.buffer);
                        this.buffer = Buffer.alloc(0);
                        this.start = false;
                    }
                }
            }
            else {
                this.buffer = Buffer.concat([Buffer.from([byte]), this.buffer]);
                if (this.buffer.length === this.opts.delimiterBytes) {
                    const delimiter = this.buffer.readUIntLE(0, this.opts.delimiterBytes);
                    if (this.opts.delimiter.includes(delimiter)) {
                        this.start = true;
                        this.buffer = Buffer.from([...this.buffer].reverse());
                    }
                    else {
                        this.buffer = Buffer.from(this.buffer.subarray(1, this.buffer.length));
                    }
                }
            }
        }
        cb();
    }
    _flush(cb) {
        this.push(this.buffer);
        this.buffer = Buffer.alloc(0);
        cb();
    }
}
exports.PacketLengthParser = PacketLengthParser;


/***/ }),

/***/ 713:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReadlineParser = void 0;
const parser_delimiter_1 = __nccwpck_require__(876);
/**
 *  A transform stream that emits data after a newline delimiter is received.
 * @summary To use the `Readline` parser, provide a delimiter (defaults to `\n`). Data is emitted as string controllable by the `encoding` option (defaults to `utf8`).
 */
class ReadlineParser extends parser_delimiter_1.DelimiterParser {
    constructor(options) {
        const opts = {
            delimiter: Buffer.from('\n', 'utf8'),
            encoding: 'utf8',
            ...options,
        };
        if (typeof opts.delimiter === 'string') {
            opts.delimiter = Buffer.from(opts.delimiter, opts.encoding);
        }
        super(opts);
    }
}
exports.ReadlineParser = ReadlineParser;


/***/ }),

/***/ 106:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReadyParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that waits for a sequence of "ready" bytes before emitting a ready event and emitting data events
 *
 * To use the `Ready` parser provide a byte start sequence. After the bytes have been received a ready event is fired and data events are passed through.
 */
class ReadyParser extends stream_1.Transform {
    delimiter;
    readOffset;
    ready;
    constructor({ delimiter, ...options }) {
        if (delimiter === undefined) {
            throw new TypeError('"delimiter" is not a bufferable object');
        }
        if (delimiter.length === 0) {
            throw new TypeError('"delimiter" has a 0 or undefined length');
        }
        super(options);
        this.delimiter = Buffer.from(delimiter);
        this.readOffset = 0;
        this.ready = false;
    }
    _transform(chunk, encoding, cb) {
        if (this.ready) {
            this.push(chunk);
            return cb();
        }
        const delimiter = this.delimiter;
        let chunkOffset = 0;
        while (this.readOffset < delimiter.length && chunkOffset < chunk.length) {
            if (delimiter[this.readOffset] === chunk[chunkOffset]) {
                this.readOffset++;
            }
            else {
                this.readOffset = 0;
            }
            chunkOffset++;
        }
        if (this.readOffset === delimiter.length) {
            this.ready = true;
            this.emit('ready');
            const chunkRest = chunk.slice(chunkOffset);
            if (chunkRest.length > 0) {
                this.push(chunkRest);
            }
        }
        cb();
    }
}
exports.ReadyParser = ReadyParser;


/***/ }),

/***/ 262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegexParser = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that uses a regular expression to split the incoming text upon.
 *
 * To use the `Regex` parser provide a regular expression to split the incoming text upon. Data is emitted as string controllable by the `encoding` option (defaults to `utf8`).
 */
class RegexParser extends stream_1.Transform {
    regex;
    data;
    constructor({ regex, ...options }) {
        const opts = {
            encoding: 'utf8',
            ...options,
        };
        if (regex === undefined) {
            throw new TypeError('"options.regex" must be a regular expression pattern or object');
        }
        if (!(regex instanceof RegExp)) {
            regex = new RegExp(regex.toString());
        }
        super(opts);
        this.regex = regex;
        this.data = '';
    }
    _transform(chunk, encoding, cb) {
        const data = this.data + chunk;
        const parts = data.split(this.regex);
        this.data = parts.pop() || '';
        parts.forEach(part => {
            this.push(part);
        });
        cb();
    }
    _flush(cb) {
        this.push(this.data);
        this.data = '';
        cb();
    }
}
exports.RegexParser = RegexParser;


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SlipDecoder = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that decodes slip encoded data.
 * @extends Transform
 *
 * Runs in O(n) time, stripping out slip encoding and emitting decoded data. Optionally custom slip escape and delimiters can be provided.
 */
class SlipDecoder extends stream_1.Transform {
    opts;
    buffer;
    escape;
    start;
    constructor(options = {}) {
        super(options);
        const { START, ESC = 0xdb, END = 0xc0, ESC_START, ESC_END = 0xdc, ESC_ESC = 0xdd } = options;
        this.opts = {
            START,
            ESC,
            END,
            ESC_START,
            ESC_END,
            ESC_ESC,
        };
        this.buffer = Buffer.alloc(0);
        this.escape = false;
        this.start = false;
    }
    _transform(chunk, encoding, cb) {
        for (let ndx = 0; ndx < chunk.length; ndx++) {
            let byte = chunk[ndx];
            if (byte === this.opts.START) {
                this.start = true;
                continue;
            }
            else if (undefined == this.opts.START) {
                this.start = true;
            }
            if (this.escape) {
                if (byte === this.opts.ESC_START && this.opts.START) {
                    byte = this.opts.START;
                }
                else if (byte === this.opts.ESC_ESC) {
                    byte = this.opts.ESC;
                }
                else if (byte === this.opts.ESC_END) {
                    byte = this.opts.END;
                }
                else {
                    this.escape = false;
                    this.push(this.buffer);
                    this.buffer = Buffer.alloc(0);
                }
            }
            else {
                if (byte === this.opts.ESC) {
                    this.escape = true;
                    continue;
                }
                if (byte === this.opts.END) {
                    this.push(this.buffer);
                    this.buffer = Buffer.alloc(0);
                    this.escape = false;
                    this.start = false;
                    continue;
                }
            }
            this.escape = false;
            if (this.start) {
                this.buffer = Buffer.concat([this.buffer, Buffer.from([byte])]);
            }
        }
        cb();
    }
    _flush(cb) {
        this.push(this.buffer);
        this.buffer = Buffer.alloc(0);
        cb();
    }
}
exports.SlipDecoder = SlipDecoder;


/***/ }),

/***/ 282:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SlipEncoder = void 0;
const stream_1 = __nccwpck_require__(203);
/**
 * A transform stream that emits SLIP-encoded data for each incoming packet.
 *
 * Runs in O(n) time, adding a 0xC0 character at the end of each
 * received packet and escaping characters, according to RFC 1055.
 */
class SlipEncoder extends stream_1.Transform {
    opts;
    constructor(options = {}) {
        super(options);
        const { START, ESC = 0xdb, END = 0xc0, ESC_START, ESC_END = 0xdc, ESC_ESC = 0xdd, bluetoothQuirk = false } = options;
        this.opts = {
            START,
            ESC,
            END,
            ESC_START,
            ESC_END,
            ESC_ESC,
            bluetoothQuirk,
        };
    }
    _transform(chunk, encoding, cb) {
        const chunkLength = chunk.length;
        if (this.opts.bluetoothQuirk && chunkLength === 0) {
            // Edge case: push no data. Bluetooth-quirky SLIP parsers don't like
            // lots of 0xC0s together.
            return cb();
        }
        // Allocate memory for the worst-case scenario: all bytes are escaped,
        // plus start and end separators.
        const encoded = Buffer.alloc(chunkLength * 2 + 2);
        let j = 0;
        if (this.opts.bluetoothQuirk == true) {
            encoded[j++] = this.opts.END;
        }
        if (this.opts.START !== undefined) {
            encoded[j++] = this.opts.START;
        }
        for (let i = 0; i < chunkLength; i++) {
            let byte = chunk[i];
            if (byte === this.opts.START && this.opts.ESC_START) {
                encoded[j++] = this.opts.ESC;
                byte = this.opts.ESC_START;
            }
            else if (byte === this.opts.END) {
                encoded[j++] = this.opts.ESC;
                byte = this.opts.ESC_END;
            }
            else if (byte === this.opts.ESC) {
                encoded[j++] = this.opts.ESC;
                byte = this.opts.ESC_ESC;
            }
            encoded[j++] = byte;
        }
        encoded[j++] = this.opts.END;
        cb(null, encoded.slice(0, j));
    }
}
exports.SlipEncoder = SlipEncoder;


/***/ }),

/***/ 458:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(310), exports);
__exportStar(__nccwpck_require__(282), exports);


/***/ }),

/***/ 269:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SpacePacketParser = void 0;
const stream_1 = __nccwpck_require__(203);
const utils_1 = __nccwpck_require__(208);
/**
 * A Transform stream that accepts a stream of octet data and converts it into an object
 * representation of a CCSDS Space Packet. See https://public.ccsds.org/Pubs/133x0b2e1.pdf for a
 * description of the Space Packet format.
 */
class SpacePacketParser extends stream_1.Transform {
    timeCodeFieldLength;
    ancillaryDataFieldLength;
    dataBuffer;
    headerBuffer;
    dataLength;
    expectingHeader;
    dataSlice;
    header;
    /**
     * A Transform stream that accepts a stream of octet data and emits object representations of
     * CCSDS Space Packets once a packet has been completely received.
     * @param {Object} [options] Configuration options for the stream
     * @param {Number} options.timeCodeFieldLength The length of the time code field within the data
     * @param {Number} options.ancillaryDataFieldLength The length of the ancillary data field within the data
     */
    constructor(options = {}) {
        super({ ...options, objectMode: true });
        // Set the constants for this Space Packet Connection; these will help us parse incoming data
        // fields:
        this.timeCodeFieldLength = options.timeCodeFieldLength || 0;
        this.ancillaryDataFieldLength = options.ancillaryDataFieldLength || 0;
        this.dataSlice = this.timeCodeFieldLength + this.ancillaryDataFieldLength;
        // These are stateful based on the current packet being received:
        this.dataBuffer = Buffer.alloc(0);
        this.headerBuffer = Buffer.alloc(0);
        this.dataLength = 0;
        this.expectingHeader = true;
    }
    /**
     * Bundle the header, secondary header if present, and the data into a JavaScript object to emit.
     * If more data has been received past the current packet, begin the process of parsing the next
     * packet(s).
     */
    pushCompletedPacket() {
        if (!this.header) {
            throw new Error('Missing header');
        }
        const timeCode = Buffer.from(this.dataBuffer.slice(0, this.timeCodeFieldLength));
        const ancillaryData = Buffer.from(this.dataBuffer.slice(this.timeCodeFieldLength, this.timeCodeFieldLength + this.ancillaryDataFieldLength));
        const data = Buffer.from(this.dataBuffer.slice(this.dataSlice, this.dataLength));
        const completedPacket = {
            header: { ...this.header },
            data: data.toString(),
        };
        if (timeCode.length > 0 || ancillaryData.length > 0) {
            completedPacket.secondaryHeader = {};
            if (timeCode.length) {
                completedPacket.secondaryHeader.timeCode = timeCode.toString();
            }
            if (ancillaryData.length) {
                completedPacket.secondaryHeader.ancillaryData = ancillaryData.toString();
            }
        }
        this.push(completedPacket);
        // If there is an overflow (i.e. we have more data than the packet we just pushed) begin parsing
        // the next packet.
        const nextChunk = Buffer.from(this.dataBuffer.slice(this.dataLength));
        if (nextChunk.length >= utils_1.HEADER_LENGTH) {
            this.extractHeader(nextChunk);
        }
        else {
            this.headerBuffer = nextChunk;
            this.dataBuffer = Buffer.alloc(0);
            this.expectingHeader = true;
            this.dataLength = 0;
            this.header = undefined;
        }
    }
    /**
     * Build the Stream's headerBuffer property from the received Buffer chunk; extract data from it
     * if it's complete. If there's more to the chunk than just the header, initiate handling the
     * packet data.
     * @param chunk -  Build the Stream's headerBuffer property from
     */
    extractHeader(chunk) {
        const headerAsBuffer = Buffer.concat([this.headerBuffer, chunk]);
        const startOfDataBuffer = headerAsBuffer.slice(utils_1.HEADER_LENGTH);
        if (headerAsBuffer.length >= utils_1.HEADER_LENGTH) {
            this.header = (0, utils_1.convertHeaderBufferToObj)(headerAsBuffer);
            this.dataLength = this.header.dataLength;
            this.headerBuffer = Buffer.alloc(0);
            this.expectingHeader = false;
        }
        else {
            this.headerBuffer = headerAsBuffer;
        }
        if (startOfDataBuffer.length > 0) {
            this.dataBuffer = Buffer.from(startOfDataBuffer);
            if (this.dataBuffer.length >= this.dataLength) {
                this.pushCompletedPacket();
            }
        }
    }
    _transform(chunk, encoding, cb) {
        if (this.expectingHeader) {
            this.extractHeader(chunk);
        }
        else {
            this.dataBuffer = Buffer.concat([this.dataBuffer, chunk]);
            if (this.dataBuffer.length >= this.dataLength) {
                this.pushCompletedPacket();
            }
        }
        cb();
    }
    _flush(cb) {
        const remaining = Buffer.concat([this.headerBuffer, this.dataBuffer]);
        const remainingArray = Array.from(remaining);
        this.push(remainingArray);
        cb();
    }
}
exports.SpacePacketParser = SpacePacketParser;


/***/ }),

/***/ 208:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.convertHeaderBufferToObj = exports.HEADER_LENGTH = void 0;
exports.HEADER_LENGTH = 6;
/**
 * For numbers less than 255, will ensure that their string representation is at least 8 characters long.
 */
const toOctetStr = (num) => {
    let str = Number(num).toString(2);
    while (str.length < 8) {
        str = `0${str}`;
    }
    return str;
};
/**
 * Converts a Buffer of any length to an Object representation of a Space Packet header, provided
 * the received data is in the correct format.
 * @param buf - The buffer containing the Space Packet Header Data
 */
const convertHeaderBufferToObj = (buf) => {
    const headerStr = Array.from(buf.slice(0, exports.HEADER_LENGTH)).reduce((accum, curr) => `${accum}${toOctetStr(curr)}`, '');
    const isVersion1 = headerStr.slice(0, 3) === '000';
    const versionNumber = isVersion1 ? 1 : 'UNKNOWN_VERSION';
    const type = Number(headerStr[3]);
    const secondaryHeader = Number(headerStr[4]);
    const apid = parseInt(headerStr.slice(5, 16), 2);
    const sequenceFlags = parseInt(headerStr.slice(16, 18), 2);
    const packetName = parseInt(headerStr.slice(18, 32), 2);
    const dataLength = parseInt(headerStr.slice(-16), 2) + 1;
    return {
        versionNumber,
        identification: {
            apid,
            secondaryHeader,
            type,
        },
        sequenceControl: {
            packetName,
            sequenceFlags,
        },
        dataLength,
    };
};
exports.convertHeaderBufferToObj = convertHeaderBufferToObj;


/***/ }),

/***/ 765:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SerialPortStream = exports.DisconnectedError = void 0;
const stream_1 = __nccwpck_require__(203);
const debug_1 = __importDefault(__nccwpck_require__(830));
const debug = (0, debug_1.default)('serialport/stream');
class DisconnectedError extends Error {
    disconnected;
    constructor(message) {
        super(message);
        this.disconnected = true;
    }
}
exports.DisconnectedError = DisconnectedError;
const defaultSetFlags = {
    brk: false,
    cts: false,
    dtr: true,
    rts: true,
};
function allocNewReadPool(poolSize) {
    const pool = Buffer.allocUnsafe(poolSize);
    pool.used = 0;
    return pool;
}
class SerialPortStream extends stream_1.Duplex {
    port;
    _pool;
    _kMinPoolSpace;
    opening;
    closing;
    settings;
    /**
     * Create a new serial port object for the `path`. In the case of invalid arguments or invalid options, when constructing a new SerialPort it will throw an error. The port will open automatically by default, which is the equivalent of calling `port.open(openCallback)` in the next tick. You can disable this by setting the option `autoOpen` to `false`.
     * @emits open
     * @emits data
     * @emits close
     * @emits error
     */
    constructor(options, openCallback) {
        const settings = {
            autoOpen: true,
            endOnClose: false,
            highWaterMark: 64 * 1024,
            ...options,
        };
        super({
            highWaterMark: settings.highWaterMark,
        });
        if (!settings.binding) {
            throw new TypeError('"Bindings" is invalid pass it as `options.binding`');
        }
        if (!settings.path) {
            throw new TypeError(`"path" is not defined: ${settings.path}`);
        }
        if (typeof settings.baudRate !== 'number') {
            throw new TypeError(`"baudRate" must be a number: ${settings.baudRate}`);
        }
        this.settings = settings;
        this.opening = false;
        this.closing = false;
        this._pool = allocNewReadPool(this.settings.highWaterMark);
        this._kMinPoolSpace = 128;
        if (this.settings.autoOpen) {
            this.open(openCallback);
        }
    }
    get path() {
        return this.settings.path;
    }
    get baudRate() {
        return this.settings.baudRate;
    }
    get isOpen() {
        return (this.port?.isOpen ?? false) && !this.closing;
    }
    _error(error, callback) {
        if (callback) {
            callback.call(this, error);
        }
        else {
            this.emit('error', error);
        }
    }
    _asyncError(error, callback) {
        process.nextTick(() => this._error(error, callback));
    }
    /**
     * Opens a connection to the given serial port.
     * @param {ErrorCallback=} openCallback - Called after a connection is opened. If this is not provided and an error occurs, it will be emitted on the port's `error` event.
     * @emits open
     */
    open(openCallback) {
        if (this.isOpen) {
            return this._asyncError(new Error('Port is already open'), openCallback);
        }
        if (this.opening) {
            return this._asyncError(new Error('Port is opening'), openCallback);
        }
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const { highWaterMark, binding, autoOpen, endOnClose, ...openOptions } = this.settings;
        this.opening = true;
        debug('opening', `path: ${this.path}`);
        this.settings.binding.open(openOptions).then(port => {
            debug('opened', `path: ${this.path}`);
            this.port = port;
            this.opening = false;
            this.emit('open');
            if (openCallback) {
                openCallback.call(this, null);
            }
        }, err => {
            this.opening = false;
            debug('Binding #open had an error', err);
            this._error(err, openCallback);
        });
    }
    /**
     * Changes the baud rate for an open port. Emits an error or calls the callback if the baud rate isn't supported.
     * @param {object=} options Only supports `baudRate`.
     * @param {number=} [options.baudRate] The baud rate of the port to be opened. This should match one of the commonly available baud rates, such as 110, 300, 1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600, or 115200. Custom rates are supported best effort per platform. The device connected to the serial port is not guaranteed to support the requested baud rate, even if the port itself supports that baud rate.
     * @param {ErrorCallback=} [callback] Called once the port's baud rate changes. If `.update` is called without a callback, and there is an error, an error event is emitted.
     * @returns {undefined}
     */
    update(options, callback) {
        if (!this.isOpen || !this.port) {
            debug('update attempted, but port is not open');
            return this._asyncError(new Error('Port is not open'), callback);
        }
        debug('update', `baudRate: ${options.baudRate}`);
        this.port.update(options).then(() => {
            debug('binding.update', 'finished');
            this.settings.baudRate = options.baudRate;
            if (callback) {
                callback.call(this, null);
            }
        }, err => {
            debug('binding.update', 'error', err);
            return this._error(err, callback);
        });
    }
    write(data, encoding, callback) {
        if (Array.isArray(data)) {
            data = Buffer.from(data);
        }
        if (typeof encoding === 'function') {
            return super.write(data, encoding);
        }
        return super.write(data, encoding, callback);
    }
    _write(data, encoding, callback) {
        if (!this.isOpen || !this.port) {
            this.once('open', () => {
                this._write(data, encoding, callback);
            });
            return;
        }
        debug('_write', `${data.length} bytes of data`);
        this.port.write(data).then(() => {
            debug('binding.write', 'write finished');
            callback(null);
        }, err => {
            debug('binding.write', 'error', err);
            if (!err.canceled) {
                this._disconnected(err);
            }
            callback(err);
        });
    }
    _writev(data, callback) {
        debug('_writev', `${data.length} chunks of data`);
        const dataV = data.map(write => write.chunk);
        this._write(Buffer.concat(dataV), 'binary', callback);
    }
    _read(bytesToRead) {
        if (!this.isOpen || !this.port) {
            debug('_read', 'queueing _read for after open');
            this.once('open', () => {
                this._read(bytesToRead);
            });
            return;
        }
        if (!this._pool || this._pool.length - this._pool.used < this._kMinPoolSpace) {
            debug('_read', 'discarding the read buffer pool because it is below kMinPoolSpace');
            this._pool = allocNewReadPool(this.settings.highWaterMark);
        }
        // Grab another reference to the pool in the case that while we're
        // in the thread pool another read() finishes up the pool, and
        // allocates a new one.
        const pool = this._pool;
        // Read the smaller of rest of the pool or however many bytes we want
        const toRead = Math.min(pool.length - pool.used, bytesToRead);
        const start = pool.used;
        // the actual read.
        debug('_read', 'reading', { start, toRead });
        this.port.read(pool, start, toRead).then(({ bytesRead }) => {
            debug('binding.read', 'finished', { bytesRead });
            // zero bytes means read means we've hit EOF? Maybe this should be an error
            if (bytesRead === 0) {
                debug('binding.read', 'Zero bytes read closing readable stream');
                this.push(null);
                return;
            }
            pool.used += bytesRead;
            this.push(pool.slice(start, start + bytesRead));
        }, err => {
            debug('binding.read', 'error', err);
            if (!err.canceled) {
                this._disconnected(err);
            }
            this._read(bytesToRead); // prime to read more once we're reconnected
        });
    }
    _disconnected(err) {
        if (!this.isOpen) {
            debug('disconnected aborted because already closed', err);
            return;
        }
        debug('disconnected', err);
        this.close(undefined, new DisconnectedError(err.message));
    }
    /**
     * Closes an open connection.
     *
     * If there are in progress writes when the port is closed the writes will error.
     * @param {ErrorCallback} callback Called once a connection is closed.
     * @param {Error} disconnectError used internally to propagate a disconnect error
     */
    close(callback, disconnectError = null) {
        if (!this.isOpen || !this.port) {
            debug('close attempted, but port is not open');
            return this._asyncError(new Error('Port is not open'), callback);
        }
        this.closing = true;
        debug('#close');
        this.port.close().then(() => {
            this.closing = false;
            debug('binding.close', 'finished');
            this.emit('close', disconnectError);
            if (this.settings.endOnClose) {
                this.emit('end');
            }
            if (callback) {
                callback.call(this, disconnectError);
            }
        }, err => {
            this.closing = false;
            debug('binding.close', 'had an error', err);
            return this._error(err, callback);
        });
    }
    /**
     * Set control flags on an open port. Uses [`SetCommMask`](https://msdn.microsoft.com/en-us/library/windows/desktop/aa363257(v=vs.85).aspx) for Windows and [`ioctl`](http://linux.die.net/man/4/tty_ioctl) for OS X and Linux.
     *
     * All options are operating system default when the port is opened. Every flag is set on each call to the provided or default values. If options isn't provided default options is used.
     */
    set(options, callback) {
        if (!this.isOpen || !this.port) {
            debug('set attempted, but port is not open');
            return this._asyncError(new Error('Port is not open'), callback);
        }
        const settings = { ...defaultSetFlags, ...options };
        debug('#set', settings);
        this.port.set(settings).then(() => {
            debug('binding.set', 'finished');
            if (callback) {
                callback.call(this, null);
            }
        }, err => {
            debug('binding.set', 'had an error', err);
            return this._error(err, callback);
        });
    }
    /**
     * Returns the control flags (CTS, DSR, DCD) on the open port.
     * Uses [`GetCommModemStatus`](https://msdn.microsoft.com/en-us/library/windows/desktop/aa363258(v=vs.85).aspx) for Windows and [`ioctl`](http://linux.die.net/man/4/tty_ioctl) for mac and linux.
     */
    get(callback) {
        if (!this.isOpen || !this.port) {
            debug('get attempted, but port is not open');
            return this._asyncError(new Error('Port is not open'), callback);
        }
        debug('#get');
        this.port.get().then(status => {
            debug('binding.get', 'finished');
            callback.call(this, null, status);
        }, err => {
            debug('binding.get', 'had an error', err);
            return this._error(err, callback);
        });
    }
    /**
     * Flush discards data received but not read, and written but not transmitted by the operating system. For more technical details, see [`tcflush(fd, TCIOFLUSH)`](http://linux.die.net/man/3/tcflush) for Mac/Linux and [`FlushFileBuffers`](http://msdn.microsoft.com/en-us/library/windows/desktop/aa364439) for Windows.
     */
    flush(callback) {
        if (!this.isOpen || !this.port) {
            debug('flush attempted, but port is not open');
            return this._asyncError(new Error('Port is not open'), callback);
        }
        debug('#flush');
        this.port.flush().then(() => {
            debug('binding.flush', 'finished');
            if (callback) {
                callback.call(this, null);
            }
        }, err => {
            debug('binding.flush', 'had an error', err);
            return this._error(err, callback);
        });
    }
    /**
     * Waits until all output data is transmitted to the serial port. After any pending write has completed it calls [`tcdrain()`](http://linux.die.net/man/3/tcdrain) or [FlushFileBuffers()](https://msdn.microsoft.com/en-us/library/windows/desktop/aa364439(v=vs.85).aspx) to ensure it has been written to the device.
    * @example
    Write the `data` and wait until it has finished transmitting to the target serial port before calling the callback. This will queue until the port is open and writes are finished.
  
    ```js
    function writeAndDrain (data, callback) {
      port.write(data);
      port.drain(callback);
    }
    ```
    */
    drain(callback) {
        debug('drain');
        if (!this.isOpen || !this.port) {
            debug('drain queuing on port open');
            this.once('open', () => {
                this.drain(callback);
            });
            return;
        }
        this.port.drain().then(() => {
            debug('binding.drain', 'finished');
            if (callback) {
                callback.call(this, null);
            }
        }, err => {
            debug('binding.drain', 'had an error', err);
            return this._error(err, callback);
        });
    }
}
exports.SerialPortStream = SerialPortStream;
/**
 * The `error` event's callback is called with an error object whenever there is an error.
 * @event error
 */
/**
 * The `open` event's callback is called with no arguments when the port is opened and ready for writing. This happens if you have the constructor open immediately (which opens in the next tick) or if you open the port manually with `open()`. See [Useage/Opening a Port](#opening-a-port) for more information.
 * @event open
 */
/**
 * Request a number of bytes from the SerialPort. The `read()` method pulls some data out of the internal buffer and returns it. If no data is available to be read, null is returned. By default, the data is returned as a `Buffer` object unless an encoding has been specified using the `.setEncoding()` method.
 * @method SerialPort.prototype.read
 * @param {number=} size Specify how many bytes of data to return, if available
 * @returns {(string|Buffer|null)} The data from internal buffers
 */
/**
 * Listening for the `data` event puts the port in flowing mode. Data is emitted as soon as it's received. Data is a `Buffer` object with a varying amount of data in it. The `readLine` parser converts the data into string lines. See the [parsers](https://serialport.io/docs/api-parsers-overview) section for more information on parsers, and the [Node.js stream documentation](https://nodejs.org/api/stream.html#stream_event_data) for more information on the data event.
 * @event data
 */
/**
 * The `close` event's callback is called with no arguments when the port is closed. In the case of a disconnect it will be called with a Disconnect Error object (`err.disconnected == true`). In the event of a close error (unlikely), an error event is triggered.
 * @event close
 */
/**
 * The `pause()` method causes a stream in flowing mode to stop emitting 'data' events, switching out of flowing mode. Any data that becomes available remains in the internal buffer.
 * @method SerialPort.prototype.pause
 * @see resume
 * @returns `this`
 */
/**
 * The `resume()` method causes an explicitly paused, `Readable` stream to resume emitting 'data' events, switching the stream into flowing mode.
 * @method SerialPort.prototype.resume
 * @see pause
 * @returns `this`
 */


/***/ }),

/***/ 110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug');
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(' ', ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(110);
} else {
	module.exports = __nccwpck_require__(108);
}


/***/ }),

/***/ 108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(18);
const util = __nccwpck_require__(23);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(75);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 668:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const runtimeRequire =  true ? eval("require") : 0 // eslint-disable-line
if (typeof runtimeRequire.addon === 'function') { // if the platform supports native resolving prefer that
  module.exports = runtimeRequire.addon.bind(runtimeRequire)
} else { // else use the runtime version here
  module.exports = __nccwpck_require__(729)
}


/***/ }),

/***/ 729:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(896)
var path = __nccwpck_require__(928)
var os = __nccwpck_require__(857)

// Workaround to fix webpack's build warnings: 'the request of a dependency is an expression'
var runtimeRequire =  true ? eval("require") : 0 // eslint-disable-line

var vars = (process.config && process.config.variables) || {}
var prebuildsOnly = !!process.env.PREBUILDS_ONLY
var abi = process.versions.modules // TODO: support old node where this is undef
var runtime = isElectron() ? 'electron' : (isNwjs() ? 'node-webkit' : 'node')

var arch = process.env.npm_config_arch || os.arch()
var platform = process.env.npm_config_platform || os.platform()
var libc = process.env.LIBC || (isAlpine(platform) ? 'musl' : 'glibc')
var armv = process.env.ARM_VERSION || (arch === 'arm64' ? '8' : vars.arm_version) || ''
var uv = (process.versions.uv || '').split('.')[0]

module.exports = load

function load (dir) {
  return runtimeRequire(load.resolve(dir))
}

load.resolve = load.path = function (dir) {
  dir = path.resolve(dir || '.')

  try {
    var name = runtimeRequire(path.join(dir, 'package.json')).name.toUpperCase().replace(/-/g, '_')
    if (process.env[name + '_PREBUILD']) dir = process.env[name + '_PREBUILD']
  } catch (err) {}

  if (!prebuildsOnly) {
    var release = getFirst(path.join(dir, 'build/Release'), matchBuild)
    if (release) return release

    var debug = getFirst(path.join(dir, 'build/Debug'), matchBuild)
    if (debug) return debug
  }

  var prebuild = resolve(dir)
  if (prebuild) return prebuild

  var nearby = resolve(path.dirname(process.execPath))
  if (nearby) return nearby

  var target = [
    'platform=' + platform,
    'arch=' + arch,
    'runtime=' + runtime,
    'abi=' + abi,
    'uv=' + uv,
    armv ? 'armv=' + armv : '',
    'libc=' + libc,
    'node=' + process.versions.node,
    process.versions.electron ? 'electron=' + process.versions.electron : '',
     true ? 'webpack=true' : 0 // eslint-disable-line
  ].filter(Boolean).join(' ')

  throw new Error('No native build was found for ' + target + '\n    loaded from: ' + dir + '\n')

  function resolve (dir) {
    // Find matching "prebuilds/<platform>-<arch>" directory
    var tuples = readdirSync(path.join(dir, 'prebuilds')).map(parseTuple)
    var tuple = tuples.filter(matchTuple(platform, arch)).sort(compareTuples)[0]
    if (!tuple) return

    // Find most specific flavor first
    var prebuilds = path.join(dir, 'prebuilds', tuple.name)
    var parsed = readdirSync(prebuilds).map(parseTags)
    var candidates = parsed.filter(matchTags(runtime, abi))
    var winner = candidates.sort(compareTags(runtime))[0]
    if (winner) return path.join(prebuilds, winner.file)
  }
}

function readdirSync (dir) {
  try {
    return fs.readdirSync(dir)
  } catch (err) {
    return []
  }
}

function getFirst (dir, filter) {
  var files = readdirSync(dir).filter(filter)
  return files[0] && path.join(dir, files[0])
}

function matchBuild (name) {
  return /\.node$/.test(name)
}

function parseTuple (name) {
  // Example: darwin-x64+arm64
  var arr = name.split('-')
  if (arr.length !== 2) return

  var platform = arr[0]
  var architectures = arr[1].split('+')

  if (!platform) return
  if (!architectures.length) return
  if (!architectures.every(Boolean)) return

  return { name, platform, architectures }
}

function matchTuple (platform, arch) {
  return function (tuple) {
    if (tuple == null) return false
    if (tuple.platform !== platform) return false
    return tuple.architectures.includes(arch)
  }
}

function compareTuples (a, b) {
  // Prefer single-arch prebuilds over multi-arch
  return a.architectures.length - b.architectures.length
}

function parseTags (file) {
  var arr = file.split('.')
  var extension = arr.pop()
  var tags = { file: file, specificity: 0 }

  if (extension !== 'node') return

  for (var i = 0; i < arr.length; i++) {
    var tag = arr[i]

    if (tag === 'node' || tag === 'electron' || tag === 'node-webkit') {
      tags.runtime = tag
    } else if (tag === 'napi') {
      tags.napi = true
    } else if (tag.slice(0, 3) === 'abi') {
      tags.abi = tag.slice(3)
    } else if (tag.slice(0, 2) === 'uv') {
      tags.uv = tag.slice(2)
    } else if (tag.slice(0, 4) === 'armv') {
      tags.armv = tag.slice(4)
    } else if (tag === 'glibc' || tag === 'musl') {
      tags.libc = tag
    } else {
      continue
    }

    tags.specificity++
  }

  return tags
}

function matchTags (runtime, abi) {
  return function (tags) {
    if (tags == null) return false
    if (tags.runtime && tags.runtime !== runtime && !runtimeAgnostic(tags)) return false
    if (tags.abi && tags.abi !== abi && !tags.napi) return false
    if (tags.uv && tags.uv !== uv) return false
    if (tags.armv && tags.armv !== armv) return false
    if (tags.libc && tags.libc !== libc) return false

    return true
  }
}

function runtimeAgnostic (tags) {
  return tags.runtime === 'node' && tags.napi
}

function compareTags (runtime) {
  // Precedence: non-agnostic runtime, abi over napi, then by specificity.
  return function (a, b) {
    if (a.runtime !== b.runtime) {
      return a.runtime === runtime ? -1 : 1
    } else if (a.abi !== b.abi) {
      return a.abi ? -1 : 1
    } else if (a.specificity !== b.specificity) {
      return a.specificity > b.specificity ? -1 : 1
    } else {
      return 0
    }
  }
}

function isNwjs () {
  return !!(process.versions && process.versions.nw)
}

function isElectron () {
  if (process.versions && process.versions.electron) return true
  if (process.env.ELECTRON_RUN_AS_NODE) return true
  return typeof window !== 'undefined' && window.process && window.process.type === 'renderer'
}

function isAlpine (platform) {
  return platform === 'linux' && fs.existsSync('/etc/alpine-release')
}

// Exposed for unit tests
// TODO: move to lib
load.parseTags = parseTags
load.matchTags = matchTags
load.compareTags = compareTags
load.parseTuple = parseTuple
load.matchTuple = matchTuple
load.compareTuples = compareTuples


/***/ }),

/***/ 740:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(688), exports);
__exportStar(__nccwpck_require__(431), exports);
__exportStar(__nccwpck_require__(876), exports);
__exportStar(__nccwpck_require__(628), exports);
__exportStar(__nccwpck_require__(910), exports);
__exportStar(__nccwpck_require__(713), exports);
__exportStar(__nccwpck_require__(106), exports);
__exportStar(__nccwpck_require__(262), exports);
__exportStar(__nccwpck_require__(458), exports);
__exportStar(__nccwpck_require__(269), exports);
__exportStar(__nccwpck_require__(924), exports);
__exportStar(__nccwpck_require__(913), exports);


/***/ }),

/***/ 924:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SerialPortMock = void 0;
const stream_1 = __nccwpck_require__(765);
const binding_mock_1 = __nccwpck_require__(151);
class SerialPortMock extends stream_1.SerialPortStream {
    static list = binding_mock_1.MockBinding.list;
    static binding = binding_mock_1.MockBinding;
    constructor(options, openCallback) {
        const opts = {
            binding: binding_mock_1.MockBinding,
            ...options,
        };
        super(opts, openCallback);
    }
}
exports.SerialPortMock = SerialPortMock;


/***/ }),

/***/ 913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SerialPort = void 0;
const stream_1 = __nccwpck_require__(765);
const bindings_cpp_1 = __nccwpck_require__(707);
const DetectedBinding = (0, bindings_cpp_1.autoDetect)();
class SerialPort extends stream_1.SerialPortStream {
    static list = DetectedBinding.list;
    static binding = DetectedBinding;
    constructor(options, openCallback) {
        const opts = {
            binding: DetectedBinding,
            ...options,
        };
        super(opts, openCallback);
    }
}
exports.SerialPort = SerialPort;


/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = eval("require")("supports-color");


/***/ }),

/***/ 317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 18:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 23:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./src/capabilities/context.ts
/** Where port locks live unless BOARDLINE_LOCK_DIR says otherwise: the FHS lock directory. */
const defaultLockDir = '/var/lock';
/**
 * The directories of a FaceContext, from the environment the face was started in (passed in: the
 * core reads no environment itself). BOARDLINE_LOCK_DIR moves the locks, e.g. to a directory
 * mounted into every job container of a Pi runner.
 */
function contextDirectories(env, fallbackTempDir) {
    return {
        tempDir: env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : fallbackTempDir,
        lockDir: env['BOARDLINE_LOCK_DIR'] !== undefined && env['BOARDLINE_LOCK_DIR'] !== '' ? env['BOARDLINE_LOCK_DIR'] : defaultLockDir,
    };
}

;// CONCATENATED MODULE: ./src/spec/capability.ts
/** Identity with a type check: keeps the literal types the typed options are derived from. */
function defineCapability(spec) {
    return spec;
}

;// CONCATENATED MODULE: ./src/errors.ts
class BoardlineError extends Error {
    kind;
    hint;
    details;
    result;
    constructor(kind, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'BoardlineError';
        this.kind = kind;
        this.hint = options.hint;
        this.details = options.details;
        this.result = options.result;
    }
}
/** Exit codes of the CLI, one per failure kind; documented in the README. */
const exitCodes = {
    ok: 0,
    failed: 1,
    usage: 2,
    port: 3,
    timeout: 4,
    'not-available': 69,
};
/** Turns anything thrown into a BoardlineError, keeping unknown errors' messages intact. */
function asBoardlineError(error) {
    if (error instanceof BoardlineError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new BoardlineError('failed', message, { cause: error });
}
/** One line for a log or an annotation: the message followed by the hint. */
function describeError(error) {
    return error.hint === undefined ? error.message : `${error.message}. ${error.hint}`;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The version of this Boardline build, as published. */
const boardlineVersion = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/capabilities/not-available.ts


/**
 * The honest answer of a capability that is declared (its inputs are fixed, so pipelines can be
 * written against them) but not built in this version: a failure, never a pretend success.
 */
function notAvailable(spec) {
    throw new BoardlineError('not-available', `${spec.name} is not available in Boardline ${boardlineVersion}`, {
        hint: `Its inputs were checked and are valid; the README lists which capabilities this version provides. Pin a release that provides ${spec.name}`,
    });
}

;// CONCATENATED MODULE: ./src/capabilities/buildx-armv7.ts


const buildxArmv7Spec = defineCapability({
    name: 'buildx-armv7',
    title: 'Boardline: build Raspberry Pi images',
    description: 'Build and push linux/arm/v7 (and other) images from x86, cross-compiling where the Dockerfile allows it.',
    action: { icon: 'package', color: 'blue' },
    inputs: {
        context: { kind: 'path', default: '.', description: 'Build context directory.' },
        file: { kind: 'path', description: 'Dockerfile path; defaults to Dockerfile in the context.' },
        platforms: {
            kind: 'list',
            split: 'lines-and-commas',
            default: 'linux/arm/v7',
            description: 'Target platforms, e.g. linux/arm/v7,linux/arm64,linux/amd64.',
        },
        tags: { kind: 'list', split: 'lines-and-commas', description: 'Image references to tag and push.' },
        push: { kind: 'boolean', default: 'false', description: 'Push the image to the registry.' },
        load: { kind: 'boolean', default: 'false', description: 'Load the image into the local Docker daemon (single platform).' },
        registry: { kind: 'string', description: 'Registry to log in to, e.g. ghcr.io; login only when username is set.' },
        username: { kind: 'string', description: 'Registry user name.' },
        password: { kind: 'secret', description: 'Registry password or token; masked, never printed.' },
        'build-args': { kind: 'list', split: 'lines', description: 'Build arguments, KEY=value, one per line.' },
        labels: { kind: 'list', split: 'lines', description: 'Extra image labels, key=value, one per line.' },
        'cache-from': { kind: 'list', split: 'lines', description: 'External cache sources, one per line.' },
        'cache-to': { kind: 'list', split: 'lines', description: 'Cache export destinations, one per line.' },
        'setup-qemu': {
            kind: 'choice',
            choices: ['auto', 'true', 'false'],
            default: 'auto',
            description: 'Register QEMU binfmt handlers when foreign RUN steps need emulation: auto does it only when needed.',
        },
    },
    outputs: {
        digest: 'Digest of the pushed image or manifest list.',
        images: 'JSON list of the image references pushed.',
        platforms: 'JSON list of the platforms built.',
        size: 'JSON map from platform to compressed image size in bytes.',
        'emulated-steps': 'Number of RUN steps that executed under emulation.',
        builder: 'Which builder ran: buildx or buildkit.',
    },
});
async function buildxArmv7(_options, _io) {
    return notAvailable(buildxArmv7Spec);
}

;// CONCATENATED MODULE: ./src/capabilities/compile-sketch.ts


const compileSketchSpec = defineCapability({
    name: 'compile-sketch',
    title: 'Boardline: compile sketch',
    description: 'Compile sketches for one or many boards, stamp a version banner, export binaries, report sizes and size deltas, annotate warnings.',
    action: { icon: 'cpu', color: 'blue' },
    inputs: {
        sketch: {
            kind: 'list',
            split: 'lines-and-commas',
            default: '.',
            description: 'Sketch directories or globs; one per line.',
        },
        fqbn: {
            kind: 'list',
            split: 'lines-and-commas',
            description: 'Fully qualified board names, e.g. arduino:avr:uno; each sketch is compiled for each board.',
        },
        profile: {
            kind: 'string',
            description: 'Compile with this profile of sketch.yaml instead of fqbn.',
        },
        'build-properties': {
            kind: 'list',
            split: 'lines',
            description: 'Extra build properties, key=value, one per line.',
        },
        warnings: {
            kind: 'choice',
            choices: ['none', 'default', 'more', 'all'],
            default: 'default',
            description: 'Compiler warning level.',
        },
        banner: {
            kind: 'string',
            description: 'Version string made visible to the firmware as BOARDLINE_VERSION, e.g. the short commit SHA.',
        },
        'output-dir': {
            kind: 'path',
            default: 'build',
            description: 'Where binaries are exported, one directory per board.',
        },
        'base-report': {
            kind: 'path',
            description: 'Size report of an earlier build to compute size deltas against.',
        },
    },
    outputs: {
        artifacts: 'JSON map from FQBN to the exported files.',
        sizes: 'JSON sizes per sketch and board: program and RAM, used and maximum.',
        report: 'Path of the Markdown size report, ready for a pull request comment.',
    },
});
async function compileSketch(_options, _io) {
    return notAvailable(compileSketchSpec);
}

;// CONCATENATED MODULE: ./src/serial/port-inputs.ts
/**
 * The inputs every capability that talks to a board shares, so flash-serial and verify-banner name,
 * default and document them identically.
 */
const portInputs = {
    port: {
        kind: 'string',
        default: 'auto',
        description: 'Serial port: auto (the one USB serial device present), a device path, a /dev/serial/by-id or by-path link, or usb:VID:PID[:SERIAL].',
    },
    'lock-timeout': {
        kind: 'duration',
        default: '10m',
        description: 'How long to wait for another job that holds the port before giving up.',
    },
    reset: {
        kind: 'choice',
        choices: ['auto', 'dtr', 'rts', 'none'],
        default: 'auto',
        description: 'How to reset the board first: auto picks what the board needs; dtr or rts pulse that line; none leaves it running.',
    },
};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
;// CONCATENATED MODULE: ./src/serial/port-info.ts
function describePort(port) {
    const usb = port.usb;
    if (usb === undefined)
        return port.driver === undefined ? 'on-board serial port' : `serial port (${port.driver})`;
    const name = [usb.manufacturer, usb.product].filter((part) => part !== undefined).join(' ');
    const serial = usb.serialNumber === undefined ? '' : ` serial ${usb.serialNumber}`;
    return `USB ${usb.vendorId}:${usb.productId}${serial}${name === '' ? '' : ` (${name})`}`;
}

;// CONCATENATED MODULE: ./src/report/port-table.ts

/** A plain-text table of ports, for logs and the terminal: the path, what it is, and its stable links. */
function renderPortTable(ports) {
    const rows = ports.map((port) => ({ path: port.path, what: describePort(port), links: port.links }));
    const width = Math.max(4, ...rows.map((row) => row.path.length));
    const lines = [`${'PORT'.padEnd(width)}  DEVICE`];
    for (const row of rows) {
        lines.push(`${row.path.padEnd(width)}  ${row.what}`);
        for (const link of row.links)
            lines.push(`${''.padEnd(width)}    ${link}`);
    }
    return lines.join('\n');
}
/** The same listing as a Markdown table, for job summaries. */
function renderPortMarkdown(ports) {
    const cell = (text) => text.replace(/\|/g, '\\|');
    const lines = ['| Port | Device | Links |', '| --- | --- | --- |'];
    for (const port of ports) {
        lines.push(`| \`${cell(port.path)}\` | ${cell(describePort(port))} | ${port.links.map((link) => `\`${cell(link)}\``).join('<br>')} |`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./src/serial/list-ports.ts


const defaultHostRoots = { sysfs: '/sys', dev: '/dev' };
async function readText(path) {
    try {
        return (await (0,promises_namespaceObject.readFile)(path, 'utf8')).trim();
    }
    catch {
        return undefined;
    }
}
async function entries(dir) {
    try {
        return await (0,promises_namespaceObject.readdir)(dir);
    }
    catch {
        return [];
    }
}
/**
 * Walks up from a tty's device directory to the USB device (the directory with idVendor), noting
 * the interface on the way. Reads sysfs directly rather than asking udevadm, which is often
 * missing in the containers CI jobs run in.
 */
async function usbIdentity(deviceDir, sysfsRoot) {
    let interfaceNumber;
    for (let dir = deviceDir; dir.startsWith(sysfsRoot) && dir !== sysfsRoot; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        const bInterfaceNumber = await readText((0,external_node_path_namespaceObject.join)(dir, 'bInterfaceNumber'));
        if (bInterfaceNumber !== undefined && interfaceNumber === undefined)
            interfaceNumber = parseInt(bInterfaceNumber, 16);
        const vendorId = await readText((0,external_node_path_namespaceObject.join)(dir, 'idVendor'));
        if (vendorId === undefined)
            continue;
        const productId = (await readText((0,external_node_path_namespaceObject.join)(dir, 'idProduct'))) ?? '';
        const usb = { vendorId: vendorId.toLowerCase(), productId: productId.toLowerCase() };
        const serialNumber = await readText((0,external_node_path_namespaceObject.join)(dir, 'serial'));
        const manufacturer = await readText((0,external_node_path_namespaceObject.join)(dir, 'manufacturer'));
        const product = await readText((0,external_node_path_namespaceObject.join)(dir, 'product'));
        if (serialNumber !== undefined)
            usb.serialNumber = serialNumber;
        if (manufacturer !== undefined)
            usb.manufacturer = manufacturer;
        if (product !== undefined)
            usb.product = product;
        if (interfaceNumber !== undefined)
            usb.interface = interfaceNumber;
        return usb;
    }
    return undefined;
}
/** Maps each device node to the /dev/serial/by-id and by-path links that point at it. */
async function stableLinks(devRoot) {
    const links = new Map();
    for (const kind of ['by-id', 'by-path']) {
        const dir = (0,external_node_path_namespaceObject.join)(devRoot, 'serial', kind);
        for (const name of (await entries(dir)).sort()) {
            const link = (0,external_node_path_namespaceObject.join)(dir, name);
            let target;
            try {
                target = (0,external_node_path_namespaceObject.resolve)(dir, await (0,promises_namespaceObject.readlink)(link));
            }
            catch {
                continue;
            }
            links.set(target, [...(links.get(target) ?? []), link]);
        }
    }
    return links;
}
/**
 * Lists the serial ports of this machine: every tty the kernel backs with a real device (USB
 * adapters, native-USB boards, on-board UARTs), never the virtual consoles or ptys.
 */
async function listPorts(roots = defaultHostRoots) {
    const classDir = (0,external_node_path_namespaceObject.join)(roots.sysfs, 'class', 'tty');
    const links = await stableLinks(roots.dev);
    const ports = [];
    for (const name of await entries(classDir)) {
        let deviceDir;
        try {
            deviceDir = await (0,promises_namespaceObject.realpath)((0,external_node_path_namespaceObject.join)(classDir, name, 'device'));
        }
        catch {
            continue; // no backing device: a virtual console, or an 8250 placeholder with no UART behind it
        }
        if (deviceDir.includes('/devices/virtual/'))
            continue;
        // Since Linux 6.5 a UART's tty hangs off a serial-base "port" device two levels below the
        // hardware device; the hardware's driver is the one worth reporting.
        const subsystem = await (0,promises_namespaceObject.realpath)((0,external_node_path_namespaceObject.join)(deviceDir, 'subsystem')).catch(() => undefined);
        if (subsystem !== undefined && (0,external_node_path_namespaceObject.basename)(subsystem) === 'serial-base')
            deviceDir = (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.dirname)(deviceDir));
        const driverLink = await (0,promises_namespaceObject.realpath)((0,external_node_path_namespaceObject.join)(deviceDir, 'driver')).catch(() => undefined);
        const driver = driverLink === undefined ? undefined : (0,external_node_path_namespaceObject.basename)(driverLink);
        // The legacy 8250 driver registers ttyS0..ttyS31 whether or not a UART answers; those have no use here.
        if (driver === 'serial8250')
            continue;
        const path = (0,external_node_path_namespaceObject.join)(roots.dev, name);
        const port = { path, links: links.get(path) ?? [] };
        const usb = await usbIdentity(deviceDir, await (0,promises_namespaceObject.realpath)(roots.sysfs));
        if (usb !== undefined)
            port.usb = usb;
        if (driver !== undefined)
            port.driver = driver;
        ports.push(port);
    }
    return ports.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

;// CONCATENATED MODULE: ./src/serial/resolve-port.ts




const usbSelectorPattern = /^usb:([0-9a-f]{4}):([0-9a-f]{4})(?::(.+))?$/i;
function parseUsbSelector(value) {
    const match = usbSelectorPattern.exec(value);
    if (match === null) {
        throw new BoardlineError('usage', `Input "port" has a malformed USB selector "${value}"`, {
            hint: 'Fix: write usb:VID:PID or usb:VID:PID:SERIAL with 4 hex digits each, e.g. usb:2341:0043 (boardline ports shows them)',
        });
    }
    const [, vendorId = '', productId = '', serialNumber] = match;
    const selector = { vendorId: vendorId.toLowerCase(), productId: productId.toLowerCase() };
    if (serialNumber !== undefined)
        selector.serialNumber = serialNumber;
    return selector;
}
function listing(ports) {
    return ports.length === 0 ? 'No serial ports are present on this machine.' : `Serial ports present:\n${renderPortTable(ports)}`;
}
function notFound(message, ports, hint) {
    return new BoardlineError('port', message, { hint, details: listing(ports) });
}
function matchesUsb(port, selector) {
    const usb = port.usb;
    if (usb === undefined || usb.vendorId !== selector.vendorId || usb.productId !== selector.productId)
        return false;
    return selector.serialNumber === undefined || usb.serialNumber === selector.serialNumber;
}
/** The one port a selection left, or a clear error naming what was found. */
function exactlyOne(requested, candidates, ports, what) {
    const [only, ...others] = candidates;
    if (only === undefined) {
        throw notFound(`No serial port matches port "${requested}": ${what}`, ports, 'Fix: plug the board in, or set port to one of the ports listed');
    }
    if (others.length > 0) {
        throw notFound(`Port "${requested}" is ambiguous: ${candidates.length} ports match (${candidates.map((port) => port.path).join(', ')})`, ports, 'Fix: name one of them, by its /dev/serial/by-id link or as usb:VID:PID:SERIAL');
    }
    return { requested, path: only.path, info: only };
}
/**
 * Resolves the `port` input. Never assumes /dev/ttyUSB0: `auto` takes the one USB serial device
 * present and refuses to guess between several.
 */
async function resolvePort(requested, roots = defaultHostRoots) {
    const value = requested.trim();
    if (value === '') {
        throw new BoardlineError('usage', 'Input "port" is empty', {
            hint: 'Fix: set port to auto, a device path, a /dev/serial/by-id link or usb:VID:PID',
        });
    }
    if (value === 'auto') {
        const ports = await listPorts(roots);
        return exactlyOne(value, ports.filter((port) => port.usb !== undefined), ports, 'no USB serial device is connected');
    }
    if (value.toLowerCase().startsWith('usb:')) {
        const selector = parseUsbSelector(value);
        const ports = await listPorts(roots);
        return exactlyOne(value, ports.filter((port) => matchesUsb(port, selector)), ports, 'no USB device has that identity');
    }
    if (!value.includes('/')) {
        const ports = await listPorts(roots);
        throw notFound(`Port "${value}" is not a device path, a USB selector or auto`, ports, 'Fix: give the full path (e.g. /dev/ttyACM0), or one of the ports listed');
    }
    let path;
    try {
        path = await (0,promises_namespaceObject.realpath)(value);
    }
    catch {
        const ports = await listPorts(roots);
        throw notFound(`Port ${value} does not exist`, ports, 'Fix: check the board is plugged in, or set port to one of the ports listed');
    }
    const status = await (0,promises_namespaceObject.stat)(path);
    if (!status.isCharacterDevice()) {
        throw new BoardlineError('port', `Port ${value} is not a serial device (${path} is not a character device)`, {
            hint: 'Fix: point port at a tty such as /dev/ttyUSB0 or a /dev/serial/by-id link',
        });
    }
    const info = (await listPorts(roots)).find((port) => port.path === path);
    return info === undefined ? { requested: value, path } : { requested: value, path, info };
}

;// CONCATENATED MODULE: ./src/capabilities/flash-serial.ts




const flashSerialSpec = defineCapability({
    name: 'flash-serial',
    title: 'Boardline: flash over serial',
    description: 'Find the board, lock its port, flash the firmware and verify it — on a self-hosted runner with boards on USB, or a virtual board.',
    action: { icon: 'zap', color: 'orange' },
    inputs: {
        ...portInputs,
        firmware: {
            kind: 'path',
            required: true,
            description: 'Firmware to write: a .hex, .bin or .elf file, or a compile-sketch output directory.',
        },
        fqbn: { kind: 'string', description: 'Board, e.g. arduino:avr:uno; chooses the protocol, MCU and baud rate.' },
        protocol: {
            kind: 'choice',
            choices: ['auto', 'stk500v1', 'arduino-cli', 'avrdude'],
            default: 'auto',
            description: 'How to flash: stk500v1 (native, AVR bootloaders), arduino-cli upload, or avrdude; auto picks from fqbn.',
        },
        baud: { kind: 'integer', min: 300, max: 4_000_000, description: "Bootloader baud rate; defaults to the board's (115200 for an Uno)." },
        verify: { kind: 'boolean', default: 'true', description: 'Read the flash back and compare it with the firmware.' },
        retries: {
            kind: 'integer',
            min: 0,
            max: 20,
            default: '2',
            description: 'Further attempts after a failed one, each restarting from sync.',
        },
        timeout: { kind: 'duration', default: '2m', description: 'Deadline for the whole flash, retries included.' },
        'avrdude-args': { kind: 'list', split: 'lines', description: 'Extra avrdude arguments, one per line (protocol avrdude).' },
    },
    outputs: {
        port: 'The device path the port resolved to.',
        backend: 'Who flashed: stk500v1, arduino-cli or avrdude.',
        bytes: 'Bytes of firmware written.',
        'duration-ms': 'Time spent flashing, in milliseconds.',
        verified: 'true when the read-back matched the firmware.',
    },
});
async function flashSerial(options, io) {
    const port = await resolvePort(options.port);
    io.info(`Port ${port.requested} resolved to ${port.path}`);
    return notAvailable(flashSerialSpec);
}

// EXTERNAL MODULE: ./node_modules/serialport/dist/index.js
var dist = __nccwpck_require__(740);
;// CONCATENATED MODULE: ./src/serial/open-port.ts


/**
 * Opens a serial port, turning the binding's errors into ones that say which port and what to do.
 * A pty (virtual boards, socat pairs) opens like any tty.
 */
async function openPort(path, baudRate) {
    const port = new dist.SerialPort({ path, baudRate, autoOpen: false });
    await new Promise((resolve, reject) => {
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
async function closePort(port) {
    if (!port.isOpen)
        return;
    await new Promise((resolve) => port.close(() => resolve()));
}

;// CONCATENATED MODULE: ./src/capabilities/monitor.ts





const monitorSpec = defineCapability({
    name: 'monitor',
    title: 'Boardline: serial monitor',
    description: 'Connect the terminal to a serial port: what the board prints goes to standard output, standard input goes to the board.',
    inputs: {
        port: portInputs.port,
        baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Baud rate.' },
        duration: { kind: 'duration', description: 'Stop after this long; by default run until interrupted.' },
    },
    outputs: {
        port: 'The device path the port resolved to.',
        'bytes-received': 'Bytes read from the board.',
        'bytes-sent': 'Bytes written to the board.',
    },
});
/** Relays bytes both ways until the duration passes or the signal aborts. */
async function monitor(options, io, streams) {
    const resolved = await resolvePort(options.port);
    const port = await openPort(resolved.path, options.baud);
    io.info(`Connected to ${resolved.path} at ${options.baud} baud${options.duration === undefined ? '; interrupt to stop' : ''}`);
    let received = 0;
    let sent = 0;
    const fromBoard = (chunk) => {
        received += chunk.length;
        streams.output.write(chunk);
    };
    const toBoard = (chunk) => {
        sent += chunk.length;
        port.write(chunk);
    };
    port.on('data', fromBoard);
    streams.input.on('data', toBoard);
    try {
        await new Promise((resolve, reject) => {
            const timer = options.duration === undefined ? undefined : setTimeout(resolve, options.duration);
            const stop = () => {
                clearTimeout(timer);
                resolve();
            };
            if (io.signal.aborted)
                stop();
            io.signal.addEventListener('abort', stop, { once: true });
            port.once('close', () => {
                clearTimeout(timer);
                reject(new BoardlineError('port', `Port ${resolved.path} closed: the board was disconnected`, {
                    hint: 'Fix: check the cable and the board',
                }));
            });
        });
    }
    finally {
        streams.input.off('data', toBoard);
        port.off('data', fromBoard);
        port.removeAllListeners('close');
        await new Promise((resolve) => port.drain(() => resolve()));
        await closePort(port);
    }
    return {
        outputs: { port: resolved.path, 'bytes-received': received, 'bytes-sent': sent },
        summary: `Monitored \`${resolved.path}\`: ${received} bytes received, ${sent} sent.`,
        text: `Disconnected from ${resolved.path}: ${received} bytes received, ${sent} sent.`,
    };
}

;// CONCATENATED MODULE: ./src/capabilities/ports.ts



const portsSpec = defineCapability({
    name: 'ports',
    title: 'Boardline: list serial ports',
    description: 'List the serial ports of this machine with their stable links and USB identity, to choose a port value.',
    inputs: {},
    outputs: {
        ports: 'JSON list of ports: path, links, usb (vendorId, productId, serialNumber, manufacturer, product, interface), driver.',
    },
});
async function ports(_options, _io) {
    const found = await listPorts();
    const empty = 'No serial ports are present on this machine.';
    return {
        outputs: { ports: found },
        summary: found.length === 0 ? empty : renderPortMarkdown(found),
        text: found.length === 0 ? empty : renderPortTable(found),
    };
}

;// CONCATENATED MODULE: ./src/capabilities/setup-arduino-cli.ts


const setupArduinoCliSpec = defineCapability({
    name: 'setup-arduino-cli',
    title: 'Boardline: set up arduino-cli',
    description: 'Install a pinned, checksum-verified arduino-cli with its board platforms and libraries, cached across runs.',
    action: { icon: 'download', color: 'blue' },
    inputs: {
        version: {
            kind: 'string',
            default: '1.x',
            description: 'arduino-cli version: exact (1.1.1), a semver range (1.x) or latest.',
        },
        platforms: {
            kind: 'list',
            split: 'lines-and-commas',
            description: 'Board platforms to install, e.g. esp8266:esp8266@3.1.2; one per line.',
        },
        'additional-urls': {
            kind: 'list',
            split: 'lines-and-commas',
            description: 'Additional Boards Manager URLs the platforms come from.',
        },
        libraries: {
            kind: 'list',
            split: 'lines',
            description: 'Libraries to install, e.g. "Adafruit NeoPixel@1.12.0"; one per line.',
        },
        profile: {
            kind: 'string',
            description: 'Take platforms and libraries from this profile of the sketch project file (sketch.yaml).',
        },
        'sketch-path': {
            kind: 'path',
            default: '.',
            description: 'Directory of the sketch whose sketch.yaml holds the profile.',
        },
        cache: {
            kind: 'boolean',
            default: 'true',
            description: 'Cache the installed platforms and libraries across runs, keyed by exactly what was asked for.',
        },
        'base-url': {
            kind: 'string',
            description: 'Download from this mirror instead of the official release server (air-gapped and enterprise runners).',
        },
        token: {
            kind: 'secret',
            description: 'GitHub token used to resolve version ranges through the API; optional, avoids rate limits.',
        },
    },
    outputs: {
        version: 'The arduino-cli version installed.',
        path: 'Directory holding the arduino-cli executable (also added to PATH).',
        'cache-hit': 'true when arduino-cli came from the tool cache without a download.',
    },
});
async function setupArduinoCli(_options, _io) {
    return notAvailable(setupArduinoCliSpec);
}

;// CONCATENATED MODULE: ./src/report/junit.ts
// XML 1.0 forbids most C0 controls even escaped; a console transcript may contain them.
// eslint-disable-next-line no-control-regex
const invalidXmlCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
function escapeXml(text) {
    return text.replace(invalidXmlCharacters, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function cdata(text) {
    return `<![CDATA[${text.replace(invalidXmlCharacters, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
function renderJUnit(suite) {
    const failures = suite.cases.filter((entry) => entry.failure !== undefined).length;
    const skipped = suite.cases.filter((entry) => entry.skipped !== undefined).length;
    const time = (seconds) => seconds.toFixed(3);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time(suite.timeSeconds)}">`,
        `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time(suite.timeSeconds)}">`,
    ];
    for (const entry of suite.cases) {
        const open = `    <testcase name="${escapeXml(entry.name)}" classname="${escapeXml(entry.classname)}" time="${time(entry.timeSeconds)}"`;
        if (entry.failure !== undefined) {
            lines.push(`${open}>`);
            lines.push(`      <failure message="${escapeXml(entry.failure.message)}" type="${escapeXml(entry.failure.type)}">${cdata(entry.failure.text)}</failure>`);
            lines.push('    </testcase>');
        }
        else if (entry.skipped !== undefined) {
            lines.push(`${open}>`, `      <skipped message="${escapeXml(entry.skipped)}"/>`, '    </testcase>');
        }
        else {
            lines.push(`${open}/>`);
        }
    }
    if (suite.systemOut !== undefined)
        lines.push(`    <system-out>${cdata(suite.systemOut)}</system-out>`);
    lines.push('  </testsuite>', '</testsuites>', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/spec/duration.ts
const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses "30", "30s", "500ms", "2m", "1h", "1m30s" into milliseconds. A bare number means seconds,
 * the unit CI timeouts are usually thought in. Returns undefined for anything else.
 */
function parseDuration(text) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let match = part.exec(trimmed); match !== null; match = part.exec(trimmed)) {
        total += Number(match[1]) * (unitMs[match[2] ?? ''] ?? Number.NaN);
        consumed = part.lastIndex;
    }
    if (consumed === 0 || consumed !== trimmed.length || !Number.isFinite(total))
        return undefined;
    return Math.round(total);
}
/** Milliseconds as the shortest readable duration: 1500 → "1.5s", 90000 → "1m30s". */
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds === 0 ? `${minutes}m` : `${minutes}m${seconds}s`;
}

;// CONCATENATED MODULE: ./src/report/verify-banner-summary.ts

const verdicts = {
    pass: '✅ verify-banner passed',
    'fail-pattern': '❌ verify-banner failed: crash output',
    timeout: '❌ verify-banner failed: timed out',
    'port-lost': '❌ verify-banner failed: port went away',
    cancelled: '❌ verify-banner cancelled',
};
function code(text) {
    const clean = text.replace(/\|/g, '\\|');
    const fence = clean.includes('`') ? '``' : '`';
    return clean === '' ? '' : `${fence}${clean}${fence}`;
}
/** The job summary: the verdict, each expected pattern and what matched it, the last lines seen. */
function renderVerifyBannerSummary(report) {
    const { outcome } = report;
    const matches = outcome.progress.matches;
    const lines = [
        `### ${verdicts[outcome.status]} on \`${report.port}\` after ${formatDuration(outcome.elapsedMs)}`,
        '',
        '| # | Expected | Seen | At |',
        '| --- | --- | --- | --- |',
    ];
    report.expect.forEach((pattern, index) => {
        const match = matches[index];
        lines.push(match === undefined
            ? `| ${index + 1} | ${code(pattern.source)} | ❌ not seen | |`
            : `| ${index + 1} | ${code(pattern.source)} | ✅ ${code(match.line)} | ${formatDuration(match.atMs)} |`);
    });
    if (outcome.status === 'fail-pattern')
        lines.push('', `Crash output ${code(outcome.line)} matched ${code(outcome.pattern.source)}.`);
    const groups = Object.entries(outcome.progress.groups);
    if (groups.length > 0)
        lines.push('', `Captured: ${groups.map(([name, value]) => `${name} = ${code(value)}`).join(', ')}`);
    const last = report.transcript.lastLines(outcome.status === 'pass' ? 5 : 20);
    lines.push('', '<details><summary>Last lines seen</summary>', '', '```', ...(last.length === 0 ? ['(nothing)'] : last), '```', '</details>');
    const truncated = report.transcript.truncated ? ' (long output: the middle was left out)' : '';
    lines.push('', `Transcript: \`${report.transcriptPath}\`${truncated}, ${report.transcript.lineCount} lines.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/serial/expect-matcher.ts
/**
 * Matches console lines against the expected patterns, in order, and the fail-on patterns, on
 * every line. Pure: the caller feeds lines; several expected patterns may match one line, each
 * after the end of the previous match.
 */
class ExpectMatcher {
    progress = { matchedCount: 0, matches: [], groups: {} };
    expect;
    failOn;
    constructor(expect, failOn) {
        this.expect = expect;
        this.failOn = failOn;
    }
    get nextPattern() {
        return this.expect[this.progress.matchedCount];
    }
    /**
     * Feeds one line (or the part of a line not yet consumed, from `offset`). Returns a decision
     * when the line decides the outcome, and the offset up to which the line has been consumed.
     */
    feed(line, atMs, offset = 0) {
        for (const pattern of this.failOn) {
            if (pattern.regex.test(line))
                return { decision: { status: 'fail-pattern', pattern, line, atMs }, consumed: line.length };
        }
        let consumed = offset;
        for (let pattern = this.nextPattern; pattern !== undefined; pattern = this.nextPattern) {
            const match = pattern.regex.exec(line.slice(consumed));
            if (match === null)
                break;
            consumed += match.index + match[0].length;
            this.progress.matches.push({ line, atMs });
            this.progress.matchedCount += 1;
            // An optional group that did not take part is undefined at run time, whatever the DOM typings say.
            for (const [name, value] of Object.entries(match.groups ?? {})) {
                if (value !== undefined)
                    this.progress.groups[name] = value;
            }
        }
        return { decision: this.nextPattern === undefined ? { status: 'pass' } : undefined, consumed };
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./src/serial/line-splitter.ts

// CSI sequences (colours, cursor moves), OSC sequences (titles) and two-byte escapes.
// eslint-disable-next-line no-control-regex
const ansiSequence = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// C0 controls other than tab, and DEL: line noise at a wrong baud rate, never text a pattern means.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]/g;
/**
 * Turns the bytes a board sends into lines, whatever arrives in one read: lines split across
 * reads, several lines in one read, \r\n, \r or \n endings (and a \r\n split between two reads),
 * invalid UTF-8, escape sequences. The text after the last line end is kept as `partial`.
 */
class LineSplitter {
    decoder;
    options;
    pending = '';
    lastWasCarriageReturn = false;
    constructor(options) {
        this.options = options;
        this.decoder = new external_node_util_namespaceObject.TextDecoder(options.encoding === 'utf8' ? 'utf-8' : 'latin1', { fatal: false });
    }
    /** The complete lines this chunk finished. */
    push(chunk) {
        let text = this.decoder.decode(chunk, { stream: true });
        if (this.lastWasCarriageReturn && text.startsWith('\n'))
            text = text.slice(1);
        if (text.length > 0)
            this.lastWasCarriageReturn = text.endsWith('\r');
        const pieces = (this.pending + text).split(/\r\n|\r|\n/);
        this.pending = pieces.pop() ?? '';
        const lines = pieces.map((line) => this.clean(line));
        while (this.pending.length > this.options.maxLineLength) {
            lines.push(this.clean(this.pending.slice(0, this.options.maxLineLength)));
            this.pending = this.pending.slice(this.options.maxLineLength);
        }
        return lines;
    }
    /** The text received since the last line end, cleaned; empty when there is none. */
    get partial() {
        return this.clean(this.pending);
    }
    clean(line) {
        const withoutAnsi = this.options.stripAnsi ? line.replace(ansiSequence, '') : line;
        return withoutAnsi.replace(controlCharacters, '');
    }
}

;// CONCATENATED MODULE: ./src/serial/console-expect.ts


/**
 * Listens to a console until every expected pattern has appeared in order, a fail-on pattern
 * appears, the wall-clock deadline passes, the port goes away, or the signal aborts — whichever
 * comes first. Lines are matched as they complete; text that ends without a line ending (a prompt,
 * a banner printed with print() rather than println()) is matched once the board falls quiet.
 */
function expectOnConsole(source, options) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const splitter = new LineSplitter(options);
    const matcher = new ExpectMatcher(options.expect, options.failOn);
    const quietMs = options.partialLineQuietMs ?? 50;
    // How much of the current unfinished line a quiet-time match has already consumed.
    let partialConsumed = 0;
    return new Promise((resolve) => {
        let quietTimer;
        const finish = (outcome) => {
            clearTimeout(deadline);
            clearTimeout(quietTimer);
            source.off('data', onData);
            source.off('close', onClose);
            source.off('error', onError);
            options.signal.removeEventListener('abort', onAbort);
            resolve(outcome);
        };
        const decide = (text, offset) => {
            const { decision, consumed } = matcher.feed(text, elapsed(), offset);
            if (decision === undefined)
                return consumed;
            if (decision.status === 'pass')
                finish({ status: 'pass', progress: matcher.progress, elapsedMs: elapsed() });
            else
                finish({ ...decision, progress: matcher.progress, elapsedMs: elapsed() });
            return undefined;
        };
        /** Matches the unfinished line; true when that decided the outcome (it is then in the transcript). */
        const matchPartial = () => {
            const partial = splitter.partial;
            if (partial.length <= partialConsumed)
                return false;
            const consumed = decide(partial, partialConsumed);
            if (consumed === undefined) {
                options.transcript.add(elapsed(), partial);
                return true;
            }
            partialConsumed = consumed;
            return false;
        };
        const onData = (chunk) => {
            for (const line of splitter.push(chunk)) {
                options.transcript.add(elapsed(), line);
                options.onLine?.(line);
                const offset = partialConsumed;
                partialConsumed = 0;
                if (decide(line, offset) === undefined)
                    return;
            }
            clearTimeout(quietTimer);
            if (splitter.partial.length > partialConsumed)
                quietTimer = setTimeout(matchPartial, quietMs);
        };
        /** At the end, the unfinished line is matched one last time and kept in the transcript. */
        const flushPartial = () => {
            if (matchPartial())
                return true;
            if (splitter.partial !== '')
                options.transcript.add(elapsed(), splitter.partial);
            return false;
        };
        const onClose = (error) => {
            if (flushPartial())
                return;
            finish({ status: 'port-lost', progress: matcher.progress, elapsedMs: elapsed(), reason: error?.message ?? 'the port was closed' });
        };
        const onError = (error) => onClose(error);
        const onAbort = () => finish({ status: 'cancelled', progress: matcher.progress, elapsedMs: elapsed() });
        const deadline = setTimeout(() => {
            if (!flushPartial())
                finish({ status: 'timeout', progress: matcher.progress, elapsedMs: elapsed() });
        }, options.timeoutMs);
        source.on('data', onData);
        source.on('close', onClose);
        source.on('error', onError);
        if (options.signal.aborted)
            onAbort();
        else
            options.signal.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/serial/crash-patterns.ts
/**
 * What firmware prints when it crashes, on the boards Boardline's users flash. A normal ESP boot
 * also prints "rst cause:" lines (e.g. "ets Jan  8 2013,rst cause:2, boot mode:(3,6)" after a reset
 * through the EN pin), so the reset cause alone is never treated as a crash.
 */
const crashPatterns = [
    // ESP8266 Arduino core: "Exception (28):", followed by ">>>stack>>>" … "<<<stack<<<".
    ['ESP8266 exception', /^\s*Exception \(\d+\):/],
    ['ESP8266 stack dump', />>>stack>>>/],
    ['ESP8266 software watchdog', /Soft WDT reset/],
    ['ESP8266 SDK fatal exception', /Fatal exception \d+\(/],
    // ESP32 (ESP-IDF and the Arduino core on it).
    ['ESP32 panic', /Guru Meditation Error/],
    ['ESP32 abort', /abort\(\) was called at PC/],
    ['ESP32 stack overflow', /\*\*\*ERROR\*\*\* A stack overflow/],
    ['ESP32 heap corruption', /CORRUPT HEAP/],
    ['ESP-IDF assertion', /^assert failed:/],
    ['backtrace', /^Backtrace:\s*0x/],
    // C library and RTOS failures common to many cores.
    ['abort()', /\babort\(\) called\b|\babort\(\)$/],
    ['stack smashing', /[Ss]tack smashing (?:protect failure|detected)/],
    ['hard fault', /\bHard ?Fault\b/],
];
/** The built-in `fail-on` patterns, named for the log. */
const defaultCrashPatterns = crashPatterns.map(([name, regex]) => ({
    source: `${name}: /${regex.source}/`,
    regex,
}));

;// CONCATENATED MODULE: ./src/serial/patterns.ts

const regexLiteral = /^\/(.*)\/([dgimsuvy]*)$/s;
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * `/regex/flags` is a regular expression; anything else is literal text to find anywhere in a
 * line. An invalid expression is the user's to fix: the error names the input and the pattern.
 */
function compilePattern(source, input) {
    const literal = regexLiteral.exec(source);
    if (literal === null)
        return { source, regex: new RegExp(escapeRegex(source)) };
    const [, body = '', flags = ''] = literal;
    try {
        // 'g' and 'y' would make matching stateful between lines; matching is per line, so drop them.
        return { source, regex: new RegExp(body, flags.replace(/[gy]/g, '')) };
    }
    catch (error) {
        throw new BoardlineError('usage', `Input "${input}" has an invalid regular expression ${source}: ${error.message}`, {
            hint: `Fix: correct the expression, or write the text without surrounding slashes to match it literally`,
        });
    }
}
function compilePatterns(sources, input) {
    return sources.map((source) => compilePattern(source, input));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = require("node:timers/promises");
;// CONCATENATED MODULE: ./src/serial/port-lock.ts






/** A device's name for file names: /dev/ttyACM0 → ttyACM0, /dev/pts/3 → pts_3. */
function deviceSlug(devicePath) {
    const name = devicePath.startsWith('/dev/') ? devicePath.slice('/dev/'.length) : (0,external_node_path_namespaceObject.basename)(devicePath);
    return name.replace(/\//g, '_');
}
/** The lock file name for a device: /dev/ttyACM0 → LCK..ttyACM0, /dev/pts/3 → LCK..pts_3. */
function lockFileName(devicePath) {
    return `LCK..${deviceSlug(devicePath)}`;
}
async function readHolder(path) {
    try {
        const [text, status] = await Promise.all([(0,promises_namespaceObject.readFile)(path, 'latin1'), (0,promises_namespaceObject.stat)(path)]);
        const [pidLine = '', purpose = '', token = ''] = text.split('\n');
        const pid = /^\s*(\d+)\s*$/.exec(pidLine)?.[1];
        return { pid: pid === undefined ? undefined : Number(pid), purpose, since: status.mtime, token };
    }
    catch {
        return undefined; // gone between the look and the read
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM'; // alive, owned by another user
    }
}
async function commandOf(pid) {
    try {
        const command = (await (0,promises_namespaceObject.readFile)(`/proc/${pid}/cmdline`, 'utf8'))
            .split('\0')
            .filter((part) => part !== '')
            .join(' ');
        return command === '' ? undefined : command;
    }
    catch {
        return undefined;
    }
}
/** A holder whose process is gone, or whose file never got a PID, left the lock behind. */
function isStale(holder) {
    if (holder.pid === undefined)
        return Date.now() - holder.since.getTime() > 5_000;
    return !isAlive(holder.pid);
}
async function describeHolder(holder) {
    const since = holder.since.toTimeString().slice(0, 8);
    if (holder.pid === undefined)
        return `an unreadable lock since ${since}`;
    const command = (await commandOf(holder.pid)) ?? holder.purpose;
    return `pid ${holder.pid}${command === '' ? '' : ` (${command})`} since ${since}`;
}
/**
 * Creates the lock file with its content in one step: written under a private name, then linked
 * to the lock name, which fails if the lock exists. No reader ever sees a half-written lock.
 */
async function tryCreate(path, content) {
    const temporary = `${path}.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
    await (0,promises_namespaceObject.writeFile)(temporary, content, { mode: 0o644 });
    try {
        await (0,promises_namespaceObject.link)(temporary, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        await (0,promises_namespaceObject.unlink)(temporary).catch(() => undefined);
    }
}
/**
 * Removes a stale lock without ever removing a live one: the lock is first renamed to a private
 * name (only one remover can win that), then checked again; had a live holder replaced it in
 * between, it is put back.
 */
async function breakStale(path, stale, io) {
    const aside = `${path}.stale.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
    try {
        await (0,promises_namespaceObject.rename)(path, aside);
    }
    catch {
        return; // someone else broke or released it
    }
    const moved = await readHolder(aside);
    if (moved !== undefined && moved.token !== stale.token && !isStale(moved)) {
        await (0,promises_namespaceObject.link)(aside, path).catch(() => undefined);
    }
    else {
        io.info(`Removed a stale lock ${path} left by ${stale.pid === undefined ? 'an unknown process' : `pid ${stale.pid}, which is gone`}`);
    }
    await (0,promises_namespaceObject.unlink)(aside).catch(() => undefined);
}
/** Waits for the port's lock up to the timeout; reports who holds it while waiting and on failure. */
async function lockPort(devicePath, options) {
    const path = (0,external_node_path_namespaceObject.join)(options.lockDir, lockFileName(devicePath));
    const token = (0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex');
    const content = `${String(process.pid).padStart(10)}\n${options.purpose}\n${token}\n`;
    const started = Date.now();
    let reported = '';
    // A lock directory named in BOARDLINE_LOCK_DIR may not exist yet; a failure shows up below.
    await (0,promises_namespaceObject.mkdir)(options.lockDir, { recursive: true }).catch(() => undefined);
    for (;;) {
        try {
            if (await tryCreate(path, content))
                break;
        }
        catch (error) {
            throw new BoardlineError('port', `Cannot create the lock for ${devicePath} in ${options.lockDir}: ${error.message}`, {
                hint: `Fix: let the runner user write to ${options.lockDir}, or set BOARDLINE_LOCK_DIR to a directory every job on this machine shares`,
                cause: error,
            });
        }
        const holder = await readHolder(path);
        if (holder !== undefined && isStale(holder)) {
            await breakStale(path, holder, options.io);
            continue;
        }
        const who = holder === undefined ? 'another job' : await describeHolder(holder);
        if (who !== reported) {
            options.io.info(`Port ${devicePath} is locked by ${who}; waiting up to ${formatDuration(options.timeoutMs)}`);
            reported = who;
        }
        if (Date.now() - started >= options.timeoutMs) {
            throw new BoardlineError('port', `Port ${devicePath} is busy: locked by ${who}; waited ${formatDuration(Date.now() - started)}`, {
                hint: `Fix: another job is using this board; raise lock-timeout, or give each job its own board (lock file ${path})`,
            });
        }
        if (options.io.signal.aborted)
            throw new BoardlineError('failed', `Cancelled while waiting for the lock on ${devicePath}`);
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(options.pollMs ?? 100, undefined, { signal: options.io.signal }).catch(() => undefined);
    }
    return {
        path,
        release: async () => {
            const holder = await readHolder(path);
            if (holder?.token === token)
                await (0,promises_namespaceObject.unlink)(path).catch(() => undefined);
        },
    };
}

;// CONCATENATED MODULE: ./src/serial/reset.ts

/**
 * The reset sequences, as (lines, hold in ms) steps. "Asserted" (true) drives the line low at the
 * connector, which is what resets a board.
 *
 * - dtr: the Arduino auto-reset (Uno, Nano, Pro Mini, Duemilanove): a capacitor turns the DTR
 *   edge into a reset pulse. Both lines released for 250 ms, then DTR asserted, then 50 ms for the
 *   MCU to come out of reset — the timing avrdude's arduino programmer uses.
 * - rts: the ESP8266/ESP32 auto-reset circuit: RTS holds EN low for 100 ms with DTR released, so
 *   IO0 stays high and the chip boots the application, not the ROM loader (esptool's hard reset).
 * - auto: both in turn: the DTR pulse (harmless on the ESP circuit: EN stays high), then the RTS
 *   pulse with DTR released (on an Arduino wired to RTS this resets it once more, into its
 *   bootloader, which starts the application after its timeout).
 */
const sequences = {
    dtr: [
        [{ dtr: false, rts: false }, 250],
        [{ dtr: true, rts: false }, 50],
        [{ dtr: false, rts: false }, 0],
    ],
    rts: [
        [{ dtr: false, rts: true }, 100],
        [{ dtr: false, rts: false }, 0],
    ],
    auto: [
        [{ dtr: false, rts: false }, 250],
        [{ dtr: true, rts: false }, 50],
        [{ dtr: false, rts: true }, 100],
        [{ dtr: false, rts: false }, 0],
    ],
};
function setLines(port, lines) {
    return new Promise((resolve, reject) => {
        port.set(lines, (error) => {
            if (error === null)
                resolve();
            else
                reject(error);
        });
    });
}
/**
 * Resets the board through the modem control lines. A port without them (a pty, a network
 * serial bridge) cannot be reset this way: that is said in the log and the caller carries on,
 * listening to whatever the board prints next.
 */
async function resetThroughModemLines(port, mode, portPath, io) {
    if (mode === 'none')
        return 'skipped';
    try {
        for (const [lines, holdMs] of sequences[mode]) {
            await setLines(port, lines);
            if (holdMs > 0)
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(holdMs);
        }
    }
    catch (error) {
        const message = error.message;
        if (/ENOTTY|Inappropriate ioctl|EINVAL/i.test(message)) {
            io.warning(`Port ${portPath} has no modem control lines (a pty or network bridge?), so reset ${mode} was skipped; listening without a reset`);
            return 'no-modem-lines';
        }
        throw error;
    }
    io.info(`Reset the board on ${portPath} (${mode})`);
    return 'done';
}

;// CONCATENATED MODULE: ./src/serial/transcript.ts
const defaultTranscriptLimits = { headBytes: 64 * 1024, tailBytes: 256 * 1024 };
function size(entry) {
    return entry.text.length + 12;
}
class Transcript {
    limits;
    head = [];
    headSize = 0;
    tail = [];
    tailStart = 0;
    tailSize = 0;
    droppedLines = 0;
    droppedBytes = 0;
    totalLines = 0;
    constructor(limits = defaultTranscriptLimits) {
        this.limits = limits;
    }
    add(atMs, text) {
        const entry = { atMs, text };
        this.totalLines += 1;
        if (this.tail.length === 0 && this.headSize + size(entry) <= this.limits.headBytes) {
            this.head.push(entry);
            this.headSize += size(entry);
            return;
        }
        this.tail.push(entry);
        this.tailSize += size(entry);
        while (this.tailSize > this.limits.tailBytes && this.tailStart < this.tail.length) {
            const dropped = this.tail[this.tailStart];
            if (dropped === undefined)
                break;
            this.tailStart += 1;
            this.tailSize -= size(dropped);
            this.droppedLines += 1;
            this.droppedBytes += dropped.text.length;
        }
        // Compact the window now and then rather than shifting on every line.
        if (this.tailStart > 1024 && this.tailStart * 2 > this.tail.length) {
            this.tail = this.tail.slice(this.tailStart);
            this.tailStart = 0;
        }
    }
    get lineCount() {
        return this.totalLines;
    }
    get truncated() {
        return this.droppedLines > 0;
    }
    /** The last `count` lines kept, for summaries and error messages. */
    lastLines(count) {
        const kept = [...this.head, ...this.tail.slice(this.tailStart)];
        return kept.slice(-count).map((entry) => entry.text);
    }
    /** The transcript as a file: one line per console line with its time since the start. */
    render() {
        const format = (entry) => `[${(entry.atMs / 1000).toFixed(3).padStart(8)}s] ${entry.text}`;
        const lines = this.head.map(format);
        if (this.droppedLines > 0) {
            lines.push(`[ boardline: ${this.droppedLines} lines (${this.droppedBytes} characters) left out here to keep the transcript bounded ]`);
        }
        for (let index = this.tailStart; index < this.tail.length; index += 1) {
            const entry = this.tail[index];
            if (entry !== undefined)
                lines.push(format(entry));
        }
        return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    }
}

;// CONCATENATED MODULE: ./src/capabilities/verify-banner.ts
















const verifyBannerSpec = defineCapability({
    name: 'verify-banner',
    title: 'Boardline: verify banner',
    description: 'Open the serial console, reset the board, and pass when the expected banner appears; fail on crash output or silence.',
    action: { icon: 'check-circle', color: 'green' },
    inputs: {
        ...portInputs,
        expect: {
            kind: 'list',
            split: 'lines',
            required: true,
            description: 'Patterns that must appear, in order; one per line. /regex/flags or literal text; named groups become outputs.',
        },
        'fail-on': {
            kind: 'list',
            split: 'lines',
            description: 'Extra patterns that fail at once, one per line, added to the built-in crash patterns.',
        },
        'crash-patterns': {
            kind: 'boolean',
            default: 'true',
            description: 'Also fail on the built-in crash patterns (ESP8266/ESP32 exceptions, Guru Meditation, stack dumps, abort()).',
        },
        baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Console baud rate.' },
        timeout: { kind: 'duration', default: '30s', description: 'Wall-clock deadline for all patterns to appear.' },
        encoding: {
            kind: 'choice',
            choices: ['utf8', 'latin1'],
            default: 'utf8',
            description: 'How console bytes become text; invalid UTF-8 (noise at a wrong baud rate) becomes U+FFFD.',
        },
        'strip-ansi': { kind: 'boolean', default: 'true', description: 'Remove ANSI colour and cursor sequences before matching.' },
        junit: { kind: 'path', description: 'Write a JUnit XML report to this path.' },
        transcript: { kind: 'path', description: 'Write the console transcript to this path; by default under the runner temp directory.' },
    },
    outputs: {
        result: 'pass, fail-pattern, timeout, port-lost or cancelled.',
        matched: 'The line that matched the last expected pattern.',
        groups: 'JSON object of the named capture groups.',
        'elapsed-ms': 'Milliseconds from reset to the last match (or to the failure).',
        transcript: 'Path of the console transcript, written on success and failure.',
    },
});
/** Console lines echoed into the job log; the rest is in the transcript. */
const echoedLines = 200;
function failure(outcome, expect, port, timeoutMs) {
    const after = formatDuration(outcome.elapsedMs);
    const waitingFor = expect[outcome.progress.matchedCount];
    const position = `expected pattern ${outcome.progress.matchedCount + 1} of ${expect.length}`;
    switch (outcome.status) {
        case 'fail-pattern':
            return new BoardlineError('failed', `Crash output on ${port} after ${after}: "${outcome.line}" matched fail-on ${outcome.pattern.source}`, {
                hint: 'Fix: the firmware crashed or reported a failure; the transcript has the lines before it',
            });
        case 'timeout':
            return new BoardlineError('timeout', `Timed out after ${formatDuration(timeoutMs)} on ${port} waiting for ${position}: ${waitingFor?.source ?? ''}`, {
                hint: 'Fix: check that the firmware prints it, that baud matches its Serial.begin(), and that the board was reset; the last lines seen are below',
            });
        case 'port-lost':
            return new BoardlineError('port', `Port ${port} went away after ${after} while waiting for ${position}: ${outcome.reason}`, {
                hint: 'Fix: the board was unplugged or its USB reset; check the cable and the power supply',
            });
        case 'cancelled':
            return new BoardlineError('failed', `Cancelled after ${after} while waiting for ${position} on ${port}`);
    }
}
async function writeOut(path, text) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(path, text);
}
async function verifyBanner(options, io, context) {
    const expect = compilePatterns(options.expect, 'expect');
    const failOn = [...(options['crash-patterns'] ? defaultCrashPatterns : []), ...compilePatterns(options['fail-on'], 'fail-on')];
    const resolved = await resolvePort(options.port);
    io.info(`Port ${options.port} resolved to ${resolved.path}`);
    const transcriptPath = options.transcript ?? (0,external_node_path_namespaceObject.join)(context.tempDir, `verify-banner-${deviceSlug(resolved.path)}-${Date.now()}.log`);
    const transcript = new Transcript();
    const lock = await lockPort(resolved.path, {
        lockDir: context.lockDir,
        timeoutMs: options['lock-timeout'],
        purpose: 'boardline verify-banner',
        io,
    });
    let outcome;
    try {
        const port = await openPort(resolved.path, options.baud);
        try {
            // Bytes from before the reset belong to the previous run of the firmware.
            await new Promise((resolve) => port.flush(() => resolve()));
            let echoed = 0;
            const listening = expectOnConsole(port, {
                expect,
                failOn,
                timeoutMs: options.timeout,
                signal: io.signal,
                transcript,
                encoding: options.encoding,
                stripAnsi: options['strip-ansi'],
                maxLineLength: 16 * 1024,
                onLine: (line) => {
                    echoed += 1;
                    if (echoed <= echoedLines)
                        io.info(`│ ${line}`);
                    else if (echoed === echoedLines + 1)
                        io.info('│ … (further console output is in the transcript)');
                },
            });
            await resetThroughModemLines(port, options.reset, resolved.path, io);
            outcome = await listening;
        }
        finally {
            await closePort(port);
        }
    }
    finally {
        await lock.release();
        await writeOut(transcriptPath, transcript.render());
    }
    const summary = renderVerifyBannerSummary({ port: resolved.path, expect, outcome, transcript, transcriptPath });
    if (options.junit !== undefined) {
        await writeOut(options.junit, renderJUnit(junitSuite(expect, outcome, resolved.path, transcript)));
    }
    const matches = outcome.progress.matches;
    const outputs = {
        result: outcome.status,
        matched: matches[matches.length - 1]?.line ?? '',
        groups: outcome.progress.groups,
        'elapsed-ms': outcome.elapsedMs,
        transcript: transcriptPath,
    };
    if (outcome.status !== 'pass') {
        const error = failure(outcome, expect, resolved.path, options.timeout);
        throw new BoardlineError(error.kind, error.message, {
            ...(error.hint === undefined ? {} : { hint: error.hint }),
            details: `Last lines seen on ${resolved.path}:\n${transcript.lastLines(10).join('\n') || '(nothing)'}\nTranscript: ${transcriptPath}`,
            result: { outputs, summary, text: '' },
        });
    }
    return {
        outputs,
        summary,
        text: `Banner verified on ${resolved.path} in ${formatDuration(outcome.elapsedMs)}: ${outputs.matched}`,
    };
}
function junitSuite(expect, outcome, port, transcript) {
    const matches = outcome.progress.matches;
    return {
        name: 'verify-banner',
        timeSeconds: outcome.elapsedMs / 1000,
        systemOut: transcript.render(),
        cases: expect.map((pattern, index) => {
            const match = matches[index];
            const previous = index === 0 ? 0 : (matches[index - 1]?.atMs ?? 0);
            const base = { name: `expect ${index + 1}: ${pattern.source}`, classname: `verify-banner.${port}` };
            if (match !== undefined)
                return { ...base, timeSeconds: (match.atMs - previous) / 1000 };
            if (index > matches.length)
                return { ...base, timeSeconds: 0, skipped: 'an earlier expected pattern did not appear' };
            const error = outcome.status === 'pass' ? undefined : failure(outcome, expect, port, outcome.elapsedMs);
            return {
                ...base,
                timeSeconds: (outcome.elapsedMs - previous) / 1000,
                failure: { message: error?.message ?? '', type: outcome.status, text: transcript.lastLines(20).join('\n') },
            };
        }),
    };
}

;// CONCATENATED MODULE: ./src/capabilities/registry.ts







function capability(spec, run) {
    return { spec, run };
}
const setupArduinoCliCapability = capability(setupArduinoCliSpec, setupArduinoCli);
const compileSketchCapability = capability(compileSketchSpec, compileSketch);
const buildxArmv7Capability = capability(buildxArmv7Spec, buildxArmv7);
const flashSerialCapability = capability(flashSerialSpec, flashSerial);
const verifyBannerCapability = capability(verifyBannerSpec, verifyBanner);
const portsCapability = capability(portsSpec, ports);
const monitorCapability = capability(monitorSpec, monitor);
/** Every capability, in the order the CLI's help lists them. */
const capabilities = [
    setupArduinoCliCapability,
    compileSketchCapability,
    buildxArmv7Capability,
    flashSerialCapability,
    verifyBannerCapability,
    portsCapability,
    monitorCapability,
];
/** The capabilities that ship as GitHub Actions (and, later, GitLab components). */
const actionCapabilities = capabilities.filter((entry) => entry.spec.action !== undefined);

;// CONCATENATED MODULE: ./src/spec/parse-inputs.ts


const booleanWords = {
    true: true,
    True: true,
    TRUE: true,
    false: false,
    False: false,
    FALSE: false,
};
function invalid(name, message, fix) {
    return new BoardlineError('usage', `Input "${name}" ${message}`, { hint: `Fix: ${fix}` });
}
function splitList(raw, split) {
    const pieces = split === 'lines' ? raw.split(/\r?\n/) : raw.split(/\r?\n|,/);
    return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}
function parseOne(name, spec, raw) {
    switch (spec.kind) {
        case 'string':
        case 'path':
        case 'secret':
            return raw;
        case 'integer': {
            const text = raw.trim();
            if (!/^-?\d+$/.test(text)) {
                throw invalid(name, `must be a whole number, got "${raw}"`, `set ${name} to a number such as ${spec.default ?? '1'}`);
            }
            const value = Number(text);
            if (spec.min !== undefined && value < spec.min) {
                throw invalid(name, `must be at least ${spec.min}, got ${value}`, `raise ${name} to ${spec.min} or more`);
            }
            if (spec.max !== undefined && value > spec.max) {
                throw invalid(name, `must be at most ${spec.max}, got ${value}`, `lower ${name} to ${spec.max} or less`);
            }
            return value;
        }
        case 'boolean': {
            const value = booleanWords[raw.trim()];
            if (value === undefined) {
                throw invalid(name, `must be true or false, got "${raw}"`, `set ${name} to true or false`);
            }
            return value;
        }
        case 'duration': {
            const value = parseDuration(raw);
            if (value === undefined) {
                throw invalid(name, `must be a duration such as 30s, 500ms, 2m or 1m30s (a bare number means seconds), got "${raw}"`, `set ${name} to e.g. ${spec.default ?? '30s'}`);
            }
            return value;
        }
        case 'list':
            return splitList(raw, spec.split);
        case 'choice': {
            const value = raw.trim();
            if (!spec.choices.includes(value)) {
                throw invalid(name, `must be one of ${spec.choices.join(', ')}; got "${raw}"`, `set ${name} to one of those values`);
            }
            return value;
        }
    }
}
/**
 * Parses what a face received into typed options. Both faces go through here, so an input means the
 * same thing, with the same default and the same error, whether it came from action.yml or a flag.
 */
function parseInputs(spec, raw) {
    const known = new Set(Object.keys(spec.inputs));
    for (const name of Object.keys(raw)) {
        if (!known.has(name)) {
            throw new BoardlineError('usage', `${spec.name} has no input "${name}"`, {
                hint: `Fix: use one of ${[...known].join(', ') || '(no inputs)'}`,
            });
        }
    }
    const values = {};
    for (const [name, input] of Object.entries(spec.inputs)) {
        const given = raw[name];
        const text = given !== undefined && given !== '' ? given : input.default;
        if (text === undefined || text === '') {
            if (input.required === true) {
                throw invalid(name, `is required by ${spec.name}`, `set ${name}: ${input.description}`);
            }
            values[name] = input.kind === 'list' ? [] : undefined;
            continue;
        }
        values[name] = parseOne(name, input, text);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/cli/help.ts

function placeholder(input) {
    switch (input.kind) {
        case 'boolean':
            return '';
        case 'choice':
            return ` <${input.choices.join('|')}>`;
        case 'integer':
            return ' <n>';
        case 'duration':
            return ' <duration>';
        case 'path':
            return ' <path>';
        case 'list':
            return ' <item>';
        default:
            return ' <value>';
    }
}
function flagLabel(name, input) {
    return input.kind === 'boolean' ? `--${name}, --no-${name}` : `--${name}${placeholder(input)}`;
}
function notes(input) {
    const parts = [];
    if (input.required === true)
        parts.push('required');
    if (input.default !== undefined)
        parts.push(`default: ${input.default}`);
    if (input.kind === 'list')
        parts.push('repeat for several');
    return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}
function commandHelp(spec) {
    const rows = Object.entries(spec.inputs).map(([name, input]) => ({
        label: flagLabel(name, input),
        text: `${input.description}${notes(input)}`,
    }));
    rows.push({ label: '--json', text: 'Print the result (outputs, or the error) as one JSON object on stdout.' });
    rows.push({ label: '-h, --help', text: 'Show this help; with --json, the options as JSON.' });
    const width = Math.max(...rows.map((row) => row.label.length));
    const outputs = Object.entries(spec.outputs).map(([name, text]) => `  ${name}: ${text}`);
    return [
        `boardline ${spec.name} — ${spec.description}`,
        '',
        `Usage: boardline ${spec.name} [options]`,
        '',
        'Options:',
        ...rows.map((row) => `  ${row.label.padEnd(width)}  ${row.text}`),
        '',
        'Outputs (with --json):',
        ...outputs,
    ].join('\n');
}
/** The options as data: what the action/CLI agreement test and tooling read. */
function commandHelpJson(spec) {
    return {
        command: spec.name,
        description: spec.description,
        options: Object.entries(spec.inputs).map(([name, input]) => ({
            flag: `--${name}`,
            input: name,
            kind: input.kind,
            required: input.required === true,
            default: input.default ?? null,
            description: input.description,
            ...(input.kind === 'choice' ? { choices: input.choices } : {}),
        })),
        outputs: spec.outputs,
    };
}
function mainHelp(capabilities) {
    const width = Math.max(...capabilities.map((entry) => entry.spec.name.length));
    return [
        `boardline ${boardlineVersion} — from a commit to a verified board`,
        '',
        'Usage: boardline <command> [options]',
        '',
        'Commands:',
        ...capabilities.map((entry) => `  ${entry.spec.name.padEnd(width)}  ${entry.spec.description}`),
        '',
        'Options:',
        "  -h, --help     Show help; boardline <command> --help shows a command's options.",
        '  -V, --version  Print the version.',
        '',
        'Exit codes: 0 success, 1 failed, 2 bad input, 3 port problem, 4 timed out, 69 not available in this version.',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/parse-args.ts

/** Edit distance between two short strings (flag names). */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The closest flag name, to suggest when a flag is misspelt. */
function closest(name, candidates) {
    const ranked = candidates.map((candidate) => ({ candidate, score: editDistance(name, candidate) })).sort((a, b) => a.score - b.score);
    const best = ranked[0];
    return best !== undefined && best.score <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}
/**
 * Parses a command's flags against its capability: `--name value`, `--name=value`, `--flag` and
 * `--no-flag` for booleans, and list inputs given once per item. Values stay strings here: they are
 * parsed by the same code that parses the action's inputs.
 */
function parseArgs(spec, argv) {
    const inputs = {};
    let json = false;
    let help = false;
    const names = Object.keys(spec.inputs);
    const usage = (message, hint) => new BoardlineError('usage', message, { hint: `${hint} (boardline ${spec.name} --help lists the options)` });
    for (let index = 0; index < argv.length; index += 1) {
        const arg = argv[index] ?? '';
        if (arg === '--json') {
            json = true;
            continue;
        }
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            throw usage(`Unexpected argument "${arg}"`, 'Fix: every value is given with its option name, e.g. --port /dev/ttyACM0');
        }
        const equals = arg.indexOf('=');
        const flag = arg.slice(2, equals === -1 ? undefined : equals);
        const negated = flag.startsWith('no-') && spec.inputs[flag.slice(3)]?.kind === 'boolean';
        const name = negated ? flag.slice(3) : flag;
        const input = spec.inputs[name];
        if (input === undefined) {
            const suggestion = closest(name, names);
            throw usage(`Unknown option --${flag} for ${spec.name}`, suggestion === undefined ? 'Fix: remove it' : `Fix: did you mean --${suggestion}?`);
        }
        let value;
        if (equals !== -1) {
            if (negated)
                throw usage(`--${flag} takes no value`, `Fix: write --${flag} or --${name}=false`);
            value = arg.slice(equals + 1);
        }
        else if (input.kind === 'boolean') {
            value = negated ? 'false' : 'true';
        }
        else {
            const next = argv[index + 1];
            if (next === undefined)
                throw usage(`--${name} needs a value`, `Fix: write --${name} <value>`);
            value = next;
            index += 1;
        }
        const earlier = inputs[name];
        if (earlier !== undefined && input.kind !== 'list') {
            throw usage(`--${name} is given twice`, `Fix: keep one --${name}`);
        }
        inputs[name] = earlier === undefined ? value : `${earlier}\n${value}`;
    }
    return { inputs, json, help };
}

;// CONCATENATED MODULE: ./src/cli/terminal-io.ts
function terminal_io_location(where) {
    if (where === undefined)
        return '';
    return `${where.file}${where.line === undefined ? '' : `:${where.line}`}${where.column === undefined ? '' : `:${where.column}`}: `;
}
/** The core's Io at a terminal: everything goes to stderr, so stdout carries only the result. */
function terminalIo(stderr, signal, verbose) {
    const write = (line) => {
        stderr.write(`${line}\n`);
    };
    return {
        signal,
        info: (message) => write(message),
        debug: (message) => {
            if (verbose)
                write(`debug: ${message}`);
        },
        warning: (message, where) => write(`warning: ${terminal_io_location(where)}${message}`),
        error: (message, where) => write(`error: ${terminal_io_location(where)}${message}`),
    };
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts







function print(stream, text) {
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
function reportError(terminal, error, json) {
    if (json) {
        const { kind, message, hint, details } = error;
        // A failed capability may still report outputs, such as the transcript it wrote.
        const outputs = error.result === undefined ? {} : { outputs: error.result.outputs };
        print(terminal.stdout, JSON.stringify({ ok: false, error: { kind, message, hint: hint ?? null, details: details ?? null }, ...outputs }));
    }
    else {
        print(terminal.stderr, `error: ${error.message}`);
        if (error.hint !== undefined)
            print(terminal.stderr, error.hint);
        if (error.details !== undefined)
            print(terminal.stderr, error.details);
    }
    return exitCodes[error.kind];
}
async function runCommand(capability, argv, terminal) {
    const wantsJson = argv.includes('--json');
    try {
        const args = parseArgs(capability.spec, argv);
        if (args.help) {
            print(terminal.stdout, args.json ? JSON.stringify(commandHelpJson(capability.spec), null, 2) : commandHelp(capability.spec));
            return exitCodes.ok;
        }
        const options = parseInputs(capability.spec, args.inputs);
        const io = terminalIo(terminal.stderr, terminal.signal, terminal.verbose);
        const context = { input: terminal.stdin, output: terminal.stdout, tempDir: terminal.tempDir, lockDir: terminal.lockDir };
        const result = await capability.run(options, io, context);
        print(terminal.stdout, args.json ? JSON.stringify({ ok: true, command: capability.spec.name, outputs: result.outputs }) : result.text);
        return exitCodes.ok;
    }
    catch (thrown) {
        return reportError(terminal, asBoardlineError(thrown), wantsJson);
    }
}
/** The CLI: `boardline <command> [options]`. Returns the exit code. */
async function runCli(argv, terminal) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        print(command === undefined ? terminal.stderr : terminal.stdout, mainHelp(capabilities));
        return command === undefined ? exitCodes.usage : exitCodes.ok;
    }
    if (command === '--version' || command === '-V') {
        print(terminal.stdout, boardlineVersion);
        return exitCodes.ok;
    }
    const capability = capabilities.find((entry) => entry.spec.name === command);
    if (capability === undefined) {
        const names = capabilities.map((entry) => entry.spec.name).join(', ');
        return reportError(terminal, new BoardlineError('usage', `Unknown command "${command}"`, { hint: `Fix: use one of ${names} (boardline --help)` }), rest.includes('--json'));
    }
    return runCommand(capability, rest, terminal);
}

;// CONCATENATED MODULE: ./src/cli/bin.ts



// The process boundary: the only place the CLI touches argv, the environment and the exit code.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => controller.abort());
void runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
    verbose: process.env['BOARDLINE_DEBUG'] === '1',
    ...contextDirectories(process.env, (0,external_node_os_namespaceObject.tmpdir)()),
}).then((code) => {
    process.exitCode = code;
    // A command that read stdin (monitor) leaves it flowing; let the process end.
    process.stdin.pause();
});

})();

module.exports = __webpack_exports__;
/******/ })()
;