#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 8151:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


Object.defineProperty(exports, "__esModule", ({ value: true }));

var debugFactory = __nccwpck_require__(2830);

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

/***/ 6236:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DarwinPortBinding = exports.DarwinBinding = void 0;
const debug_1 = __importDefault(__nccwpck_require__(2830));
const load_bindings_1 = __nccwpck_require__(246);
const poller_1 = __nccwpck_require__(5081);
const unix_read_1 = __nccwpck_require__(7118);
const unix_write_1 = __nccwpck_require__(7035);
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

/***/ 1532:
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

/***/ 6707:
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
const debug_1 = __importDefault(__nccwpck_require__(2830));
const darwin_1 = __nccwpck_require__(6236);
const linux_1 = __nccwpck_require__(3809);
const win32_1 = __nccwpck_require__(6276);
const debug = (0, debug_1.default)('serialport/bindings-cpp');
__exportStar(__nccwpck_require__(2601), exports);
__exportStar(__nccwpck_require__(6236), exports);
__exportStar(__nccwpck_require__(3809), exports);
__exportStar(__nccwpck_require__(6276), exports);
__exportStar(__nccwpck_require__(1532), exports);
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

/***/ 5294:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.linuxList = linuxList;
const child_process_1 = __nccwpck_require__(5317);
const parser_readline_1 = __nccwpck_require__(5963);
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

/***/ 3809:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LinuxPortBinding = exports.LinuxBinding = void 0;
const debug_1 = __importDefault(__nccwpck_require__(2830));
const linux_list_1 = __nccwpck_require__(5294);
const poller_1 = __nccwpck_require__(5081);
const unix_read_1 = __nccwpck_require__(7118);
const unix_write_1 = __nccwpck_require__(7035);
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
const util_1 = __nccwpck_require__(9023);
const serialport_bindings_1 = __nccwpck_require__(1255);
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

/***/ 5081:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Poller = exports.EVENTS = void 0;
const debug_1 = __importDefault(__nccwpck_require__(2830));
const events_1 = __nccwpck_require__(4434);
const errors_1 = __nccwpck_require__(1532);
const serialport_bindings_1 = __nccwpck_require__(1255);
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

/***/ 1255:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.binding = void 0;
const path_1 = __nccwpck_require__(6928);
const node_gyp_build_1 = __importDefault(__nccwpck_require__(5668));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
exports.binding = (0, node_gyp_build_1.default)((0, path_1.join)(__dirname, '../'));


/***/ }),

/***/ 7118:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unixRead = void 0;
const util_1 = __nccwpck_require__(9023);
const fs_1 = __nccwpck_require__(9896);
const errors_1 = __nccwpck_require__(1532);
const debug_1 = __importDefault(__nccwpck_require__(2830));
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

/***/ 7035:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unixWrite = void 0;
const fs_1 = __nccwpck_require__(9896);
const debug_1 = __importDefault(__nccwpck_require__(2830));
const util_1 = __nccwpck_require__(9023);
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

/***/ 2966:
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

/***/ 6276:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WindowsPortBinding = exports.WindowsBinding = void 0;
const debug_1 = __importDefault(__nccwpck_require__(2830));
const _1 = __nccwpck_require__(6707);
const load_bindings_1 = __nccwpck_require__(246);
const win32_sn_parser_1 = __nccwpck_require__(2966);
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

/***/ 5654:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DelimiterParser = void 0;
const stream_1 = __nccwpck_require__(2203);
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

/***/ 5963:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReadlineParser = void 0;
const parser_delimiter_1 = __nccwpck_require__(5654);
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

/***/ 2601:
/***/ (() => {

"use strict";




/***/ }),

/***/ 8688:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ByteLengthParser = void 0;
const stream_1 = __nccwpck_require__(2203);
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

/***/ 6431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CCTalkParser = void 0;
const stream_1 = __nccwpck_require__(2203);
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
const stream_1 = __nccwpck_require__(2203);
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

/***/ 5628:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InterByteTimeoutParser = void 0;
const stream_1 = __nccwpck_require__(2203);
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

/***/ 9910:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PacketLengthParser = void 0;
const stream_1 = __nccwpck_require__(2203);
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

/***/ 9106:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReadyParser = void 0;
const stream_1 = __nccwpck_require__(2203);
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

/***/ 6262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegexParser = void 0;
const stream_1 = __nccwpck_require__(2203);
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

/***/ 5310:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SlipDecoder = void 0;
const stream_1 = __nccwpck_require__(2203);
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

/***/ 4282:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SlipEncoder = void 0;
const stream_1 = __nccwpck_require__(2203);
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
__exportStar(__nccwpck_require__(5310), exports);
__exportStar(__nccwpck_require__(4282), exports);


/***/ }),

/***/ 7269:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SpacePacketParser = void 0;
const stream_1 = __nccwpck_require__(2203);
const utils_1 = __nccwpck_require__(4208);
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

/***/ 4208:
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

/***/ 9765:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SerialPortStream = exports.DisconnectedError = void 0;
const stream_1 = __nccwpck_require__(2203);
const debug_1 = __importDefault(__nccwpck_require__(2830));
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

/***/ 9953:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CPU = void 0;
const interrupt_1 = __nccwpck_require__(4780);
const registerSpace = 0x100;
const MAX_INTERRUPTS = 128; // Enough for ATMega2560
class CPU {
    constructor(progMem, sramBytes = 8192) {
        this.progMem = progMem;
        this.sramBytes = sramBytes;
        this.data = new Uint8Array(this.sramBytes + registerSpace);
        this.data16 = new Uint16Array(this.data.buffer);
        this.dataView = new DataView(this.data.buffer);
        this.progBytes = new Uint8Array(this.progMem.buffer);
        this.readHooks = [];
        this.writeHooks = [];
        this.pendingInterrupts = new Array(MAX_INTERRUPTS);
        this.nextClockEvent = null;
        this.clockEventPool = []; // helps avoid garbage collection
        /**
         * Whether the program counter (PC) can address 22 bits (the default is 16)
         */
        this.pc22Bits = this.progBytes.length > 0x20000;
        this.gpioPorts = new Set();
        this.gpioByPort = [];
        /**
         * This function is called by the WDR instruction. The Watchdog peripheral attaches
         * to it to listen for WDR (watchdog reset).
         */
        this.onWatchdogReset = () => {
            /* empty by default */
        };
        /**
         * Program counter
         */
        this.pc = 0;
        /**
         * Clock cycle counter
         */
        this.cycles = 0;
        this.nextInterrupt = -1;
        this.maxInterrupt = 0;
        this.reset();
    }
    reset() {
        this.SP = this.data.length - 1;
        this.pc = 0;
        this.pendingInterrupts.fill(null);
        this.nextInterrupt = -1;
        this.nextClockEvent = null;
    }
    readData(addr) {
        if (addr >= 32 && this.readHooks[addr]) {
            return this.readHooks[addr](addr);
        }
        return this.data[addr];
    }
    writeData(addr, value, mask = 0xff) {
        const hook = this.writeHooks[addr];
        if (hook) {
            if (hook(value, this.data[addr], addr, mask)) {
                return;
            }
        }
        this.data[addr] = value;
    }
    get SP() {
        return this.dataView.getUint16(93, true);
    }
    set SP(value) {
        this.dataView.setUint16(93, value, true);
    }
    get SREG() {
        return this.data[95];
    }
    get interruptsEnabled() {
        return this.SREG & 0x80 ? true : false;
    }
    setInterruptFlag(interrupt) {
        const { flagRegister, flagMask, enableRegister, enableMask } = interrupt;
        if (interrupt.inverseFlag) {
            this.data[flagRegister] &= ~flagMask;
        }
        else {
            this.data[flagRegister] |= flagMask;
        }
        if (this.data[enableRegister] & enableMask) {
            this.queueInterrupt(interrupt);
        }
    }
    updateInterruptEnable(interrupt, registerValue) {
        const { enableMask, flagRegister, flagMask, inverseFlag } = interrupt;
        if (registerValue & enableMask) {
            const bitSet = this.data[flagRegister] & flagMask;
            if (inverseFlag ? !bitSet : bitSet) {
                this.queueInterrupt(interrupt);
            }
        }
        else {
            this.clearInterrupt(interrupt, false);
        }
    }
    queueInterrupt(interrupt) {
        const { address } = interrupt;
        this.pendingInterrupts[address] = interrupt;
        if (this.nextInterrupt === -1 || this.nextInterrupt > address) {
            this.nextInterrupt = address;
        }
        if (address > this.maxInterrupt) {
            this.maxInterrupt = address;
        }
    }
    clearInterrupt({ address, flagRegister, flagMask }, clearFlag = true) {
        if (clearFlag) {
            this.data[flagRegister] &= ~flagMask;
        }
        const { pendingInterrupts, maxInterrupt } = this;
        if (!pendingInterrupts[address]) {
            return;
        }
        pendingInterrupts[address] = null;
        if (this.nextInterrupt === address) {
            this.nextInterrupt = -1;
            for (let i = address + 1; i <= maxInterrupt; i++) {
                if (pendingInterrupts[i]) {
                    this.nextInterrupt = i;
                    break;
                }
            }
        }
    }
    clearInterruptByFlag(interrupt, registerValue) {
        const { flagRegister, flagMask } = interrupt;
        if (registerValue & flagMask) {
            this.data[flagRegister] &= ~flagMask;
            this.clearInterrupt(interrupt);
        }
    }
    addClockEvent(callback, cycles) {
        const { clockEventPool } = this;
        cycles = this.cycles + Math.max(1, cycles);
        const maybeEntry = clockEventPool.pop();
        const entry = maybeEntry !== null && maybeEntry !== void 0 ? maybeEntry : { cycles, callback, next: null };
        entry.cycles = cycles;
        entry.callback = callback;
        let { nextClockEvent: clockEvent } = this;
        let lastItem = null;
        while (clockEvent && clockEvent.cycles < cycles) {
            lastItem = clockEvent;
            clockEvent = clockEvent.next;
        }
        if (lastItem) {
            lastItem.next = entry;
            entry.next = clockEvent;
        }
        else {
            this.nextClockEvent = entry;
            entry.next = clockEvent;
        }
        return callback;
    }
    updateClockEvent(callback, cycles) {
        if (this.clearClockEvent(callback)) {
            this.addClockEvent(callback, cycles);
            return true;
        }
        return false;
    }
    clearClockEvent(callback) {
        let { nextClockEvent: clockEvent } = this;
        if (!clockEvent) {
            return false;
        }
        const { clockEventPool } = this;
        let lastItem = null;
        while (clockEvent) {
            if (clockEvent.callback === callback) {
                if (lastItem) {
                    lastItem.next = clockEvent.next;
                }
                else {
                    this.nextClockEvent = clockEvent.next;
                }
                if (clockEventPool.length < 10) {
                    clockEventPool.push(clockEvent);
                }
                return true;
            }
            lastItem = clockEvent;
            clockEvent = clockEvent.next;
        }
        return false;
    }
    tick() {
        const { nextClockEvent } = this;
        if (nextClockEvent && nextClockEvent.cycles <= this.cycles) {
            nextClockEvent.callback();
            this.nextClockEvent = nextClockEvent.next;
            if (this.clockEventPool.length < 10) {
                this.clockEventPool.push(nextClockEvent);
            }
        }
        const { nextInterrupt } = this;
        if (this.interruptsEnabled && nextInterrupt >= 0) {
            const interrupt = this.pendingInterrupts[nextInterrupt];
            (0, interrupt_1.avrInterrupt)(this, interrupt.address);
            if (!interrupt.constant) {
                this.clearInterrupt(interrupt);
            }
        }
    }
}
exports.CPU = CPU;


/***/ }),

/***/ 2275:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.avrInstruction = avrInstruction;
function isTwoWordInstruction(opcode) {
    return (
    /* LDS */
    (opcode & 0xfe0f) === 0x9000 ||
        /* STS */
        (opcode & 0xfe0f) === 0x9200 ||
        /* CALL */
        (opcode & 0xfe0e) === 0x940e ||
        /* JMP */
        (opcode & 0xfe0e) === 0x940c);
}
function avrInstruction(cpu) {
    const opcode = cpu.progMem[cpu.pc];
    if ((opcode & 0xfc00) === 0x1c00) {
        /* ADC, 0001 11rd dddd rrrr */
        const d = cpu.data[(opcode & 0x1f0) >> 4];
        const r = cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        const sum = d + r + (cpu.data[95] & 1);
        const R = sum & 255;
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xc0;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= (R ^ r) & (d ^ R) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= sum & 256 ? 1 : 0;
        sreg |= 1 & ((d & r) | (r & ~R) | (~R & d)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfc00) === 0xc00) {
        /* ADD, 0000 11rd dddd rrrr */
        const d = cpu.data[(opcode & 0x1f0) >> 4];
        const r = cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        const R = (d + r) & 255;
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xc0;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= (R ^ r) & (R ^ d) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= (d + r) & 256 ? 1 : 0;
        sreg |= 1 & ((d & r) | (r & ~R) | (~R & d)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xff00) === 0x9600) {
        /* ADIW, 1001 0110 KKdd KKKK */
        const addr = 2 * ((opcode & 0x30) >> 4) + 24;
        const value = cpu.dataView.getUint16(addr, true);
        const R = (value + ((opcode & 0xf) | ((opcode & 0xc0) >> 2))) & 0xffff;
        cpu.dataView.setUint16(addr, R, true);
        let sreg = cpu.data[95] & 0xe0;
        sreg |= R ? 0 : 2;
        sreg |= 0x8000 & R ? 4 : 0;
        sreg |= ~value & R & 0x8000 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= ~R & value & 0x8000 ? 1 : 0;
        cpu.data[95] = sreg;
        cpu.cycles++;
    }
    else if ((opcode & 0xfc00) === 0x2000) {
        /* AND, 0010 00rd dddd rrrr */
        const R = cpu.data[(opcode & 0x1f0) >> 4] & cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xe1;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xf000) === 0x7000) {
        /* ANDI, 0111 KKKK dddd KKKK */
        const R = cpu.data[((opcode & 0xf0) >> 4) + 16] & ((opcode & 0xf) | ((opcode & 0xf00) >> 4));
        cpu.data[((opcode & 0xf0) >> 4) + 16] = R;
        let sreg = cpu.data[95] & 0xe1;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfe0f) === 0x9405) {
        /* ASR, 1001 010d dddd 0101 */
        const value = cpu.data[(opcode & 0x1f0) >> 4];
        const R = (value >>> 1) | (128 & value);
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xe0;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= value & 1;
        sreg |= ((sreg >> 2) & 1) ^ (sreg & 1) ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xff8f) === 0x9488) {
        /* BCLR, 1001 0100 1sss 1000 */
        cpu.data[95] &= ~(1 << ((opcode & 0x70) >> 4));
    }
    else if ((opcode & 0xfe08) === 0xf800) {
        /* BLD, 1111 100d dddd 0bbb */
        const b = opcode & 7;
        const d = (opcode & 0x1f0) >> 4;
        cpu.data[d] = (~(1 << b) & cpu.data[d]) | (((cpu.data[95] >> 6) & 1) << b);
    }
    else if ((opcode & 0xfc00) === 0xf400) {
        /* BRBC, 1111 01kk kkkk ksss */
        if (!(cpu.data[95] & (1 << (opcode & 7)))) {
            cpu.pc = cpu.pc + (((opcode & 0x1f8) >> 3) - (opcode & 0x200 ? 0x40 : 0));
            cpu.cycles++;
        }
    }
    else if ((opcode & 0xfc00) === 0xf000) {
        /* BRBS, 1111 00kk kkkk ksss */
        if (cpu.data[95] & (1 << (opcode & 7))) {
            cpu.pc = cpu.pc + (((opcode & 0x1f8) >> 3) - (opcode & 0x200 ? 0x40 : 0));
            cpu.cycles++;
        }
    }
    else if ((opcode & 0xff8f) === 0x9408) {
        /* BSET, 1001 0100 0sss 1000 */
        cpu.data[95] |= 1 << ((opcode & 0x70) >> 4);
    }
    else if ((opcode & 0xfe08) === 0xfa00) {
        /* BST, 1111 101d dddd 0bbb */
        const d = cpu.data[(opcode & 0x1f0) >> 4];
        const b = opcode & 7;
        cpu.data[95] = (cpu.data[95] & 0xbf) | ((d >> b) & 1 ? 0x40 : 0);
    }
    else if ((opcode & 0xfe0e) === 0x940e) {
        /* CALL, 1001 010k kkkk 111k kkkk kkkk kkkk kkkk */
        const k = cpu.progMem[cpu.pc + 1] | ((opcode & 1) << 16) | ((opcode & 0x1f0) << 13);
        const ret = cpu.pc + 2;
        const sp = cpu.dataView.getUint16(93, true);
        const { pc22Bits } = cpu;
        cpu.data[sp] = 255 & ret;
        cpu.data[sp - 1] = (ret >> 8) & 255;
        if (pc22Bits) {
            cpu.data[sp - 2] = (ret >> 16) & 255;
        }
        cpu.dataView.setUint16(93, sp - (pc22Bits ? 3 : 2), true);
        cpu.pc = k - 1;
        cpu.cycles += pc22Bits ? 4 : 3;
    }
    else if ((opcode & 0xff00) === 0x9800) {
        /* CBI, 1001 1000 AAAA Abbb */
        const A = opcode & 0xf8;
        const b = opcode & 7;
        const R = cpu.readData((A >> 3) + 32);
        const mask = 1 << b;
        cpu.writeData((A >> 3) + 32, R & ~mask, mask);
    }
    else if ((opcode & 0xfe0f) === 0x9400) {
        /* COM, 1001 010d dddd 0000 */
        const d = (opcode & 0x1f0) >> 4;
        const R = 255 - cpu.data[d];
        cpu.data[d] = R;
        let sreg = (cpu.data[95] & 0xe1) | 1;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfc00) === 0x1400) {
        /* CP, 0001 01rd dddd rrrr */
        const val1 = cpu.data[(opcode & 0x1f0) >> 4];
        const val2 = cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        const R = val1 - val2;
        let sreg = cpu.data[95] & 0xc0;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= 0 !== ((val1 ^ val2) & (val1 ^ R) & 128) ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= val2 > val1 ? 1 : 0;
        sreg |= 1 & ((~val1 & val2) | (val2 & R) | (R & ~val1)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfc00) === 0x400) {
        /* CPC, 0000 01rd dddd rrrr */
        const arg1 = cpu.data[(opcode & 0x1f0) >> 4];
        const arg2 = cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        let sreg = cpu.data[95];
        const r = arg1 - arg2 - (sreg & 1);
        sreg = (sreg & 0xc0) | (!r && (sreg >> 1) & 1 ? 2 : 0) | (arg2 + (sreg & 1) > arg1 ? 1 : 0);
        sreg |= 128 & r ? 4 : 0;
        sreg |= (arg1 ^ arg2) & (arg1 ^ r) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= 1 & ((~arg1 & arg2) | (arg2 & r) | (r & ~arg1)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xf000) === 0x3000) {
        /* CPI, 0011 KKKK dddd KKKK */
        const arg1 = cpu.data[((opcode & 0xf0) >> 4) + 16];
        const arg2 = (opcode & 0xf) | ((opcode & 0xf00) >> 4);
        const r = arg1 - arg2;
        let sreg = cpu.data[95] & 0xc0;
        sreg |= r ? 0 : 2;
        sreg |= 128 & r ? 4 : 0;
        sreg |= (arg1 ^ arg2) & (arg1 ^ r) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= arg2 > arg1 ? 1 : 0;
        sreg |= 1 & ((~arg1 & arg2) | (arg2 & r) | (r & ~arg1)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfc00) === 0x1000) {
        /* CPSE, 0001 00rd dddd rrrr */
        if (cpu.data[(opcode & 0x1f0) >> 4] === cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)]) {
            const nextOpcode = cpu.progMem[cpu.pc + 1];
            const skipSize = isTwoWordInstruction(nextOpcode) ? 2 : 1;
            cpu.pc += skipSize;
            cpu.cycles += skipSize;
        }
    }
    else if ((opcode & 0xfe0f) === 0x940a) {
        /* DEC, 1001 010d dddd 1010 */
        const value = cpu.data[(opcode & 0x1f0) >> 4];
        const R = value - 1;
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xe1;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= 128 === value ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if (opcode === 0x9519) {
        /* EICALL, 1001 0101 0001 1001 */
        const retAddr = cpu.pc + 1;
        const sp = cpu.dataView.getUint16(93, true);
        const eind = cpu.data[0x5c];
        cpu.data[sp] = retAddr & 255;
        cpu.data[sp - 1] = (retAddr >> 8) & 255;
        cpu.data[sp - 2] = (retAddr >> 16) & 255;
        cpu.dataView.setUint16(93, sp - 3, true);
        cpu.pc = ((eind << 16) | cpu.dataView.getUint16(30, true)) - 1;
        cpu.cycles += 3;
    }
    else if (opcode === 0x9419) {
        /* EIJMP, 1001 0100 0001 1001 */
        const eind = cpu.data[0x5c];
        cpu.pc = ((eind << 16) | cpu.dataView.getUint16(30, true)) - 1;
        cpu.cycles++;
    }
    else if (opcode === 0x95d8) {
        /* ELPM, 1001 0101 1101 1000 */
        const rampz = cpu.data[0x5b];
        cpu.data[0] = cpu.progBytes[(rampz << 16) | cpu.dataView.getUint16(30, true)];
        cpu.cycles += 2;
    }
    else if ((opcode & 0xfe0f) === 0x9006) {
        /* ELPM(REG), 1001 000d dddd 0110 */
        const rampz = cpu.data[0x5b];
        cpu.data[(opcode & 0x1f0) >> 4] =
            cpu.progBytes[(rampz << 16) | cpu.dataView.getUint16(30, true)];
        cpu.cycles += 2;
    }
    else if ((opcode & 0xfe0f) === 0x9007) {
        /* ELPM(INC), 1001 000d dddd 0111 */
        const rampz = cpu.data[0x5b];
        const i = cpu.dataView.getUint16(30, true);
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.progBytes[(rampz << 16) | i];
        cpu.dataView.setUint16(30, i + 1, true);
        if (i === 0xffff) {
            cpu.data[0x5b] = (rampz + 1) % (cpu.progBytes.length >> 16);
        }
        cpu.cycles += 2;
    }
    else if ((opcode & 0xfc00) === 0x2400) {
        /* EOR, 0010 01rd dddd rrrr */
        const R = cpu.data[(opcode & 0x1f0) >> 4] ^ cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xe1;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xff88) === 0x308) {
        /* FMUL, 0000 0011 0ddd 1rrr */
        const v1 = cpu.data[((opcode & 0x70) >> 4) + 16];
        const v2 = cpu.data[(opcode & 7) + 16];
        const R = (v1 * v2) << 1;
        cpu.dataView.setUint16(0, R, true);
        cpu.data[95] = (cpu.data[95] & 0xfc) | (0xffff & R ? 0 : 2) | ((v1 * v2) & 0x8000 ? 1 : 0);
        cpu.cycles++;
    }
    else if ((opcode & 0xff88) === 0x380) {
        /* FMULS, 0000 0011 1ddd 0rrr */
        const v1 = cpu.dataView.getInt8(((opcode & 0x70) >> 4) + 16);
        const v2 = cpu.dataView.getInt8((opcode & 7) + 16);
        const R = (v1 * v2) << 1;
        cpu.dataView.setInt16(0, R, true);
        cpu.data[95] = (cpu.data[95] & 0xfc) | (0xffff & R ? 0 : 2) | ((v1 * v2) & 0x8000 ? 1 : 0);
        cpu.cycles++;
    }
    else if ((opcode & 0xff88) === 0x388) {
        /* FMULSU, 0000 0011 1ddd 1rrr */
        const v1 = cpu.dataView.getInt8(((opcode & 0x70) >> 4) + 16);
        const v2 = cpu.data[(opcode & 7) + 16];
        const R = (v1 * v2) << 1;
        cpu.dataView.setInt16(0, R, true);
        cpu.data[95] = (cpu.data[95] & 0xfc) | (0xffff & R ? 2 : 0) | ((v1 * v2) & 0x8000 ? 1 : 0);
        cpu.cycles++;
    }
    else if (opcode === 0x9509) {
        /* ICALL, 1001 0101 0000 1001 */
        const retAddr = cpu.pc + 1;
        const sp = cpu.dataView.getUint16(93, true);
        const { pc22Bits } = cpu;
        cpu.data[sp] = retAddr & 255;
        cpu.data[sp - 1] = (retAddr >> 8) & 255;
        if (pc22Bits) {
            cpu.data[sp - 2] = (retAddr >> 16) & 255;
        }
        cpu.dataView.setUint16(93, sp - (pc22Bits ? 3 : 2), true);
        cpu.pc = cpu.dataView.getUint16(30, true) - 1;
        cpu.cycles += pc22Bits ? 3 : 2;
    }
    else if (opcode === 0x9409) {
        /* IJMP, 1001 0100 0000 1001 */
        cpu.pc = cpu.dataView.getUint16(30, true) - 1;
        cpu.cycles++;
    }
    else if ((opcode & 0xf800) === 0xb000) {
        /* IN, 1011 0AAd dddd AAAA */
        const i = cpu.readData(((opcode & 0xf) | ((opcode & 0x600) >> 5)) + 32);
        cpu.data[(opcode & 0x1f0) >> 4] = i;
    }
    else if ((opcode & 0xfe0f) === 0x9403) {
        /* INC, 1001 010d dddd 0011 */
        const d = cpu.data[(opcode & 0x1f0) >> 4];
        const r = (d + 1) & 255;
        cpu.data[(opcode & 0x1f0) >> 4] = r;
        let sreg = cpu.data[95] & 0xe1;
        sreg |= r ? 0 : 2;
        sreg |= 128 & r ? 4 : 0;
        sreg |= 127 === d ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfe0e) === 0x940c) {
        /* JMP, 1001 010k kkkk 110k kkkk kkkk kkkk kkkk */
        cpu.pc = (cpu.progMem[cpu.pc + 1] | ((opcode & 1) << 16) | ((opcode & 0x1f0) << 13)) - 1;
        cpu.cycles += 2;
    }
    else if ((opcode & 0xfe0f) === 0x9206) {
        /* LAC, 1001 001r rrrr 0110 */
        const r = (opcode & 0x1f0) >> 4;
        const clear = cpu.data[r];
        const value = cpu.readData(cpu.dataView.getUint16(30, true));
        cpu.writeData(cpu.dataView.getUint16(30, true), value & (255 - clear));
        cpu.data[r] = value;
    }
    else if ((opcode & 0xfe0f) === 0x9205) {
        /* LAS, 1001 001r rrrr 0101 */
        const r = (opcode & 0x1f0) >> 4;
        const set = cpu.data[r];
        const value = cpu.readData(cpu.dataView.getUint16(30, true));
        cpu.writeData(cpu.dataView.getUint16(30, true), value | set);
        cpu.data[r] = value;
    }
    else if ((opcode & 0xfe0f) === 0x9207) {
        /* LAT, 1001 001r rrrr 0111 */
        const r = cpu.data[(opcode & 0x1f0) >> 4];
        const R = cpu.readData(cpu.dataView.getUint16(30, true));
        cpu.writeData(cpu.dataView.getUint16(30, true), r ^ R);
        cpu.data[(opcode & 0x1f0) >> 4] = R;
    }
    else if ((opcode & 0xf000) === 0xe000) {
        /* LDI, 1110 KKKK dddd KKKK */
        cpu.data[((opcode & 0xf0) >> 4) + 16] = (opcode & 0xf) | ((opcode & 0xf00) >> 4);
    }
    else if ((opcode & 0xfe0f) === 0x9000) {
        /* LDS, 1001 000d dddd 0000 kkkk kkkk kkkk kkkk */
        cpu.cycles++;
        const value = cpu.readData(cpu.progMem[cpu.pc + 1]);
        cpu.data[(opcode & 0x1f0) >> 4] = value;
        cpu.pc++;
    }
    else if ((opcode & 0xfe0f) === 0x900c) {
        /* LDX, 1001 000d dddd 1100 */
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(cpu.dataView.getUint16(26, true));
    }
    else if ((opcode & 0xfe0f) === 0x900d) {
        /* LDX(INC), 1001 000d dddd 1101 */
        const x = cpu.dataView.getUint16(26, true);
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(x);
        cpu.dataView.setUint16(26, x + 1, true);
    }
    else if ((opcode & 0xfe0f) === 0x900e) {
        /* LDX(DEC), 1001 000d dddd 1110 */
        const x = cpu.dataView.getUint16(26, true) - 1;
        cpu.dataView.setUint16(26, x, true);
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(x);
    }
    else if ((opcode & 0xfe0f) === 0x8008) {
        /* LDY, 1000 000d dddd 1000 */
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(cpu.dataView.getUint16(28, true));
    }
    else if ((opcode & 0xfe0f) === 0x9009) {
        /* LDY(INC), 1001 000d dddd 1001 */
        const y = cpu.dataView.getUint16(28, true);
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(y);
        cpu.dataView.setUint16(28, y + 1, true);
    }
    else if ((opcode & 0xfe0f) === 0x900a) {
        /* LDY(DEC), 1001 000d dddd 1010 */
        const y = cpu.dataView.getUint16(28, true) - 1;
        cpu.dataView.setUint16(28, y, true);
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(y);
    }
    else if ((opcode & 0xd208) === 0x8008 &&
        (opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)) {
        /* LDDY, 10q0 qq0d dddd 1qqq */
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(cpu.dataView.getUint16(28, true) +
            ((opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)));
    }
    else if ((opcode & 0xfe0f) === 0x8000) {
        /* LDZ, 1000 000d dddd 0000 */
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(cpu.dataView.getUint16(30, true));
    }
    else if ((opcode & 0xfe0f) === 0x9001) {
        /* LDZ(INC), 1001 000d dddd 0001 */
        const z = cpu.dataView.getUint16(30, true);
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(z);
        cpu.dataView.setUint16(30, z + 1, true);
    }
    else if ((opcode & 0xfe0f) === 0x9002) {
        /* LDZ(DEC), 1001 000d dddd 0010 */
        const z = cpu.dataView.getUint16(30, true) - 1;
        cpu.dataView.setUint16(30, z, true);
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(z);
    }
    else if ((opcode & 0xd208) === 0x8000 &&
        (opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)) {
        /* LDDZ, 10q0 qq0d dddd 0qqq */
        cpu.cycles++;
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.readData(cpu.dataView.getUint16(30, true) +
            ((opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)));
    }
    else if (opcode === 0x95c8) {
        /* LPM, 1001 0101 1100 1000 */
        cpu.data[0] = cpu.progBytes[cpu.dataView.getUint16(30, true)];
        cpu.cycles += 2;
    }
    else if ((opcode & 0xfe0f) === 0x9004) {
        /* LPM(REG), 1001 000d dddd 0100 */
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.progBytes[cpu.dataView.getUint16(30, true)];
        cpu.cycles += 2;
    }
    else if ((opcode & 0xfe0f) === 0x9005) {
        /* LPM(INC), 1001 000d dddd 0101 */
        const i = cpu.dataView.getUint16(30, true);
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.progBytes[i];
        cpu.dataView.setUint16(30, i + 1, true);
        cpu.cycles += 2;
    }
    else if ((opcode & 0xfe0f) === 0x9406) {
        /* LSR, 1001 010d dddd 0110 */
        const value = cpu.data[(opcode & 0x1f0) >> 4];
        const R = value >>> 1;
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xe0;
        sreg |= R ? 0 : 2;
        sreg |= value & 1;
        sreg |= ((sreg >> 2) & 1) ^ (sreg & 1) ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfc00) === 0x2c00) {
        /* MOV, 0010 11rd dddd rrrr */
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
    }
    else if ((opcode & 0xff00) === 0x100) {
        /* MOVW, 0000 0001 dddd rrrr */
        const r2 = 2 * (opcode & 0xf);
        const d2 = 2 * ((opcode & 0xf0) >> 4);
        cpu.data[d2] = cpu.data[r2];
        cpu.data[d2 + 1] = cpu.data[r2 + 1];
    }
    else if ((opcode & 0xfc00) === 0x9c00) {
        /* MUL, 1001 11rd dddd rrrr */
        const R = cpu.data[(opcode & 0x1f0) >> 4] * cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        cpu.dataView.setUint16(0, R, true);
        cpu.data[95] = (cpu.data[95] & 0xfc) | (0xffff & R ? 0 : 2) | (0x8000 & R ? 1 : 0);
        cpu.cycles++;
    }
    else if ((opcode & 0xff00) === 0x200) {
        /* MULS, 0000 0010 dddd rrrr */
        const R = cpu.dataView.getInt8(((opcode & 0xf0) >> 4) + 16) * cpu.dataView.getInt8((opcode & 0xf) + 16);
        cpu.dataView.setInt16(0, R, true);
        cpu.data[95] = (cpu.data[95] & 0xfc) | (0xffff & R ? 0 : 2) | (0x8000 & R ? 1 : 0);
        cpu.cycles++;
    }
    else if ((opcode & 0xff88) === 0x300) {
        /* MULSU, 0000 0011 0ddd 0rrr */
        const R = cpu.dataView.getInt8(((opcode & 0x70) >> 4) + 16) * cpu.data[(opcode & 7) + 16];
        cpu.dataView.setInt16(0, R, true);
        cpu.data[95] = (cpu.data[95] & 0xfc) | (0xffff & R ? 0 : 2) | (0x8000 & R ? 1 : 0);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x9401) {
        /* NEG, 1001 010d dddd 0001 */
        const d = (opcode & 0x1f0) >> 4;
        const value = cpu.data[d];
        const R = 0 - value;
        cpu.data[d] = R;
        let sreg = cpu.data[95] & 0xc0;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= 128 === R ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= R ? 1 : 0;
        sreg |= 1 & (R | value) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if (opcode === 0) {
        /* NOP, 0000 0000 0000 0000 */
        /* NOP */
    }
    else if ((opcode & 0xfc00) === 0x2800) {
        /* OR, 0010 10rd dddd rrrr */
        const R = cpu.data[(opcode & 0x1f0) >> 4] | cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xe1;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xf000) === 0x6000) {
        /* SBR, 0110 KKKK dddd KKKK */
        const R = cpu.data[((opcode & 0xf0) >> 4) + 16] | ((opcode & 0xf) | ((opcode & 0xf00) >> 4));
        cpu.data[((opcode & 0xf0) >> 4) + 16] = R;
        let sreg = cpu.data[95] & 0xe1;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xf800) === 0xb800) {
        /* OUT, 1011 1AAr rrrr AAAA */
        cpu.writeData(((opcode & 0xf) | ((opcode & 0x600) >> 5)) + 32, cpu.data[(opcode & 0x1f0) >> 4]);
    }
    else if ((opcode & 0xfe0f) === 0x900f) {
        /* POP, 1001 000d dddd 1111 */
        const value = cpu.dataView.getUint16(93, true) + 1;
        cpu.dataView.setUint16(93, value, true);
        cpu.data[(opcode & 0x1f0) >> 4] = cpu.data[value];
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x920f) {
        /* PUSH, 1001 001d dddd 1111 */
        const value = cpu.dataView.getUint16(93, true);
        cpu.data[value] = cpu.data[(opcode & 0x1f0) >> 4];
        cpu.dataView.setUint16(93, value - 1, true);
        cpu.cycles++;
    }
    else if ((opcode & 0xf000) === 0xd000) {
        /* RCALL, 1101 kkkk kkkk kkkk */
        const k = (opcode & 0x7ff) - (opcode & 0x800 ? 0x800 : 0);
        const retAddr = cpu.pc + 1;
        const sp = cpu.dataView.getUint16(93, true);
        const { pc22Bits } = cpu;
        cpu.data[sp] = 255 & retAddr;
        cpu.data[sp - 1] = (retAddr >> 8) & 255;
        if (pc22Bits) {
            cpu.data[sp - 2] = (retAddr >> 16) & 255;
        }
        cpu.dataView.setUint16(93, sp - (pc22Bits ? 3 : 2), true);
        cpu.pc += k;
        cpu.cycles += pc22Bits ? 3 : 2;
    }
    else if (opcode === 0x9508) {
        /* RET, 1001 0101 0000 1000 */
        const { pc22Bits } = cpu;
        const i = cpu.dataView.getUint16(93, true) + (pc22Bits ? 3 : 2);
        cpu.dataView.setUint16(93, i, true);
        cpu.pc = (cpu.data[i - 1] << 8) + cpu.data[i] - 1;
        if (pc22Bits) {
            cpu.pc |= cpu.data[i - 2] << 16;
        }
        cpu.cycles += pc22Bits ? 4 : 3;
    }
    else if (opcode === 0x9518) {
        /* RETI, 1001 0101 0001 1000 */
        const { pc22Bits } = cpu;
        const i = cpu.dataView.getUint16(93, true) + (pc22Bits ? 3 : 2);
        cpu.dataView.setUint16(93, i, true);
        cpu.pc = (cpu.data[i - 1] << 8) + cpu.data[i] - 1;
        if (pc22Bits) {
            cpu.pc |= cpu.data[i - 2] << 16;
        }
        cpu.cycles += pc22Bits ? 4 : 3;
        cpu.data[95] |= 0x80; // Enable interrupts
    }
    else if ((opcode & 0xf000) === 0xc000) {
        /* RJMP, 1100 kkkk kkkk kkkk */
        cpu.pc = cpu.pc + ((opcode & 0x7ff) - (opcode & 0x800 ? 0x800 : 0));
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x9407) {
        /* ROR, 1001 010d dddd 0111 */
        const d = cpu.data[(opcode & 0x1f0) >> 4];
        const r = (d >>> 1) | ((cpu.data[95] & 1) << 7);
        cpu.data[(opcode & 0x1f0) >> 4] = r;
        let sreg = cpu.data[95] & 0xe0;
        sreg |= r ? 0 : 2;
        sreg |= 128 & r ? 4 : 0;
        sreg |= 1 & d ? 1 : 0;
        sreg |= ((sreg >> 2) & 1) ^ (sreg & 1) ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfc00) === 0x800) {
        /* SBC, 0000 10rd dddd rrrr */
        const val1 = cpu.data[(opcode & 0x1f0) >> 4];
        const val2 = cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        let sreg = cpu.data[95];
        const R = val1 - val2 - (sreg & 1);
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        sreg = (sreg & 0xc0) | (!R && (sreg >> 1) & 1 ? 2 : 0) | (val2 + (sreg & 1) > val1 ? 1 : 0);
        sreg |= 128 & R ? 4 : 0;
        sreg |= (val1 ^ val2) & (val1 ^ R) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= 1 & ((~val1 & val2) | (val2 & R) | (R & ~val1)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xf000) === 0x4000) {
        /* SBCI, 0100 KKKK dddd KKKK */
        const val1 = cpu.data[((opcode & 0xf0) >> 4) + 16];
        const val2 = (opcode & 0xf) | ((opcode & 0xf00) >> 4);
        let sreg = cpu.data[95];
        const R = val1 - val2 - (sreg & 1);
        cpu.data[((opcode & 0xf0) >> 4) + 16] = R;
        sreg = (sreg & 0xc0) | (!R && (sreg >> 1) & 1 ? 2 : 0) | (val2 + (sreg & 1) > val1 ? 1 : 0);
        sreg |= 128 & R ? 4 : 0;
        sreg |= (val1 ^ val2) & (val1 ^ R) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= 1 & ((~val1 & val2) | (val2 & R) | (R & ~val1)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xff00) === 0x9a00) {
        /* SBI, 1001 1010 AAAA Abbb */
        const target = ((opcode & 0xf8) >> 3) + 32;
        const mask = 1 << (opcode & 7);
        cpu.writeData(target, cpu.readData(target) | mask, mask);
        cpu.cycles++;
    }
    else if ((opcode & 0xff00) === 0x9900) {
        /* SBIC, 1001 1001 AAAA Abbb */
        const value = cpu.readData(((opcode & 0xf8) >> 3) + 32);
        if (!(value & (1 << (opcode & 7)))) {
            const nextOpcode = cpu.progMem[cpu.pc + 1];
            const skipSize = isTwoWordInstruction(nextOpcode) ? 2 : 1;
            cpu.cycles += skipSize;
            cpu.pc += skipSize;
        }
    }
    else if ((opcode & 0xff00) === 0x9b00) {
        /* SBIS, 1001 1011 AAAA Abbb */
        const value = cpu.readData(((opcode & 0xf8) >> 3) + 32);
        if (value & (1 << (opcode & 7))) {
            const nextOpcode = cpu.progMem[cpu.pc + 1];
            const skipSize = isTwoWordInstruction(nextOpcode) ? 2 : 1;
            cpu.cycles += skipSize;
            cpu.pc += skipSize;
        }
    }
    else if ((opcode & 0xff00) === 0x9700) {
        /* SBIW, 1001 0111 KKdd KKKK */
        const i = 2 * ((opcode & 0x30) >> 4) + 24;
        const a = cpu.dataView.getUint16(i, true);
        const l = (opcode & 0xf) | ((opcode & 0xc0) >> 2);
        const R = a - l;
        cpu.dataView.setUint16(i, R, true);
        let sreg = cpu.data[95] & 0xc0;
        sreg |= R ? 0 : 2;
        sreg |= 0x8000 & R ? 4 : 0;
        sreg |= a & ~R & 0x8000 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= l > a ? 1 : 0;
        sreg |= 1 & ((~a & l) | (l & R) | (R & ~a)) ? 0x20 : 0;
        cpu.data[95] = sreg;
        cpu.cycles++;
    }
    else if ((opcode & 0xfe08) === 0xfc00) {
        /* SBRC, 1111 110r rrrr 0bbb */
        if (!(cpu.data[(opcode & 0x1f0) >> 4] & (1 << (opcode & 7)))) {
            const nextOpcode = cpu.progMem[cpu.pc + 1];
            const skipSize = isTwoWordInstruction(nextOpcode) ? 2 : 1;
            cpu.cycles += skipSize;
            cpu.pc += skipSize;
        }
    }
    else if ((opcode & 0xfe08) === 0xfe00) {
        /* SBRS, 1111 111r rrrr 0bbb */
        if (cpu.data[(opcode & 0x1f0) >> 4] & (1 << (opcode & 7))) {
            const nextOpcode = cpu.progMem[cpu.pc + 1];
            const skipSize = isTwoWordInstruction(nextOpcode) ? 2 : 1;
            cpu.cycles += skipSize;
            cpu.pc += skipSize;
        }
    }
    else if (opcode === 0x9588) {
        /* SLEEP, 1001 0101 1000 1000 */
        /* not implemented */
    }
    else if (opcode === 0x95e8) {
        /* SPM, 1001 0101 1110 1000 */
        /* not implemented */
    }
    else if (opcode === 0x95f8) {
        /* SPM(INC), 1001 0101 1111 1000 */
        /* not implemented */
    }
    else if ((opcode & 0xfe0f) === 0x9200) {
        /* STS, 1001 001d dddd 0000 kkkk kkkk kkkk kkkk */
        const value = cpu.data[(opcode & 0x1f0) >> 4];
        const addr = cpu.progMem[cpu.pc + 1];
        cpu.writeData(addr, value);
        cpu.pc++;
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x920c) {
        /* STX, 1001 001r rrrr 1100 */
        cpu.writeData(cpu.dataView.getUint16(26, true), cpu.data[(opcode & 0x1f0) >> 4]);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x920d) {
        /* STX(INC), 1001 001r rrrr 1101 */
        const x = cpu.dataView.getUint16(26, true);
        cpu.writeData(x, cpu.data[(opcode & 0x1f0) >> 4]);
        cpu.dataView.setUint16(26, x + 1, true);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x920e) {
        /* STX(DEC), 1001 001r rrrr 1110 */
        const i = cpu.data[(opcode & 0x1f0) >> 4];
        const x = cpu.dataView.getUint16(26, true) - 1;
        cpu.dataView.setUint16(26, x, true);
        cpu.writeData(x, i);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x8208) {
        /* STY, 1000 001r rrrr 1000 */
        cpu.writeData(cpu.dataView.getUint16(28, true), cpu.data[(opcode & 0x1f0) >> 4]);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x9209) {
        /* STY(INC), 1001 001r rrrr 1001 */
        const i = cpu.data[(opcode & 0x1f0) >> 4];
        const y = cpu.dataView.getUint16(28, true);
        cpu.writeData(y, i);
        cpu.dataView.setUint16(28, y + 1, true);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x920a) {
        /* STY(DEC), 1001 001r rrrr 1010 */
        const i = cpu.data[(opcode & 0x1f0) >> 4];
        const y = cpu.dataView.getUint16(28, true) - 1;
        cpu.dataView.setUint16(28, y, true);
        cpu.writeData(y, i);
        cpu.cycles++;
    }
    else if ((opcode & 0xd208) === 0x8208 &&
        (opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)) {
        /* STDY, 10q0 qq1r rrrr 1qqq */
        cpu.writeData(cpu.dataView.getUint16(28, true) +
            ((opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)), cpu.data[(opcode & 0x1f0) >> 4]);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x8200) {
        /* STZ, 1000 001r rrrr 0000 */
        cpu.writeData(cpu.dataView.getUint16(30, true), cpu.data[(opcode & 0x1f0) >> 4]);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x9201) {
        /* STZ(INC), 1001 001r rrrr 0001 */
        const z = cpu.dataView.getUint16(30, true);
        cpu.writeData(z, cpu.data[(opcode & 0x1f0) >> 4]);
        cpu.dataView.setUint16(30, z + 1, true);
        cpu.cycles++;
    }
    else if ((opcode & 0xfe0f) === 0x9202) {
        /* STZ(DEC), 1001 001r rrrr 0010 */
        const i = cpu.data[(opcode & 0x1f0) >> 4];
        const z = cpu.dataView.getUint16(30, true) - 1;
        cpu.dataView.setUint16(30, z, true);
        cpu.writeData(z, i);
        cpu.cycles++;
    }
    else if ((opcode & 0xd208) === 0x8200 &&
        (opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)) {
        /* STDZ, 10q0 qq1r rrrr 0qqq */
        cpu.writeData(cpu.dataView.getUint16(30, true) +
            ((opcode & 7) | ((opcode & 0xc00) >> 7) | ((opcode & 0x2000) >> 8)), cpu.data[(opcode & 0x1f0) >> 4]);
        cpu.cycles++;
    }
    else if ((opcode & 0xfc00) === 0x1800) {
        /* SUB, 0001 10rd dddd rrrr */
        const val1 = cpu.data[(opcode & 0x1f0) >> 4];
        const val2 = cpu.data[(opcode & 0xf) | ((opcode & 0x200) >> 5)];
        const R = val1 - val2;
        cpu.data[(opcode & 0x1f0) >> 4] = R;
        let sreg = cpu.data[95] & 0xc0;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= (val1 ^ val2) & (val1 ^ R) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= val2 > val1 ? 1 : 0;
        sreg |= 1 & ((~val1 & val2) | (val2 & R) | (R & ~val1)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xf000) === 0x5000) {
        /* SUBI, 0101 KKKK dddd KKKK */
        const val1 = cpu.data[((opcode & 0xf0) >> 4) + 16];
        const val2 = (opcode & 0xf) | ((opcode & 0xf00) >> 4);
        const R = val1 - val2;
        cpu.data[((opcode & 0xf0) >> 4) + 16] = R;
        let sreg = cpu.data[95] & 0xc0;
        sreg |= R ? 0 : 2;
        sreg |= 128 & R ? 4 : 0;
        sreg |= (val1 ^ val2) & (val1 ^ R) & 128 ? 8 : 0;
        sreg |= ((sreg >> 2) & 1) ^ ((sreg >> 3) & 1) ? 0x10 : 0;
        sreg |= val2 > val1 ? 1 : 0;
        sreg |= 1 & ((~val1 & val2) | (val2 & R) | (R & ~val1)) ? 0x20 : 0;
        cpu.data[95] = sreg;
    }
    else if ((opcode & 0xfe0f) === 0x9402) {
        /* SWAP, 1001 010d dddd 0010 */
        const d = (opcode & 0x1f0) >> 4;
        const i = cpu.data[d];
        cpu.data[d] = ((15 & i) << 4) | ((240 & i) >>> 4);
    }
    else if (opcode === 0x95a8) {
        /* WDR, 1001 0101 1010 1000 */
        cpu.onWatchdogReset();
    }
    else if ((opcode & 0xfe0f) === 0x9204) {
        /* XCH, 1001 001r rrrr 0100 */
        const r = (opcode & 0x1f0) >> 4;
        const val1 = cpu.data[r];
        const val2 = cpu.data[cpu.dataView.getUint16(30, true)];
        cpu.data[cpu.dataView.getUint16(30, true)] = val1;
        cpu.data[r] = val2;
    }
    cpu.pc = (cpu.pc + 1) % cpu.progMem.length;
    cpu.cycles++;
}


/***/ }),

/***/ 4780:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.avrInterrupt = avrInterrupt;
function avrInterrupt(cpu, addr) {
    const sp = cpu.dataView.getUint16(93, true);
    cpu.data[sp] = cpu.pc & 0xff;
    cpu.data[sp - 1] = (cpu.pc >> 8) & 0xff;
    if (cpu.pc22Bits) {
        cpu.data[sp - 2] = (cpu.pc >> 16) & 0xff;
    }
    cpu.dataView.setUint16(93, sp - (cpu.pc22Bits ? 3 : 2), true);
    cpu.data[95] &= 0x7f; // clear global interrupt flag
    cpu.cycles += 2;
    cpu.pc = addr;
}


/***/ }),

/***/ 774:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
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
exports.watchdogConfig = exports.AVRWatchdog = exports.AVRUSI = exports.usart0Config = exports.AVRUSART = exports.attinyTimer1Config = exports.ATtinyTimer1 = exports.timer2Config = exports.timer1Config = exports.timer0Config = exports.AVRTimer = exports.spiConfig = exports.AVRSPI = exports.portLConfig = exports.portKConfig = exports.portJConfig = exports.portHConfig = exports.portGConfig = exports.portFConfig = exports.portEConfig = exports.portDConfig = exports.portCConfig = exports.portBConfig = exports.portAConfig = exports.PinState = exports.PCINT2 = exports.PCINT1 = exports.PCINT0 = exports.INT1 = exports.INT0 = exports.AVRIOPort = exports.eepromConfig = exports.EEPROMMemoryBackend = exports.AVREEPROM = exports.clockConfig = exports.AVRClock = exports.atmega328Channels = exports.adcConfig = exports.AVRADC = exports.ADCReference = exports.ADCMuxInputType = exports.avrInterrupt = exports.avrInstruction = exports.CPU = void 0;
var cpu_1 = __nccwpck_require__(9953);
Object.defineProperty(exports, "CPU", ({ enumerable: true, get: function () { return cpu_1.CPU; } }));
var instruction_1 = __nccwpck_require__(2275);
Object.defineProperty(exports, "avrInstruction", ({ enumerable: true, get: function () { return instruction_1.avrInstruction; } }));
var interrupt_1 = __nccwpck_require__(4780);
Object.defineProperty(exports, "avrInterrupt", ({ enumerable: true, get: function () { return interrupt_1.avrInterrupt; } }));
var adc_1 = __nccwpck_require__(3850);
Object.defineProperty(exports, "ADCMuxInputType", ({ enumerable: true, get: function () { return adc_1.ADCMuxInputType; } }));
Object.defineProperty(exports, "ADCReference", ({ enumerable: true, get: function () { return adc_1.ADCReference; } }));
Object.defineProperty(exports, "AVRADC", ({ enumerable: true, get: function () { return adc_1.AVRADC; } }));
Object.defineProperty(exports, "adcConfig", ({ enumerable: true, get: function () { return adc_1.adcConfig; } }));
Object.defineProperty(exports, "atmega328Channels", ({ enumerable: true, get: function () { return adc_1.atmega328Channels; } }));
var clock_1 = __nccwpck_require__(182);
Object.defineProperty(exports, "AVRClock", ({ enumerable: true, get: function () { return clock_1.AVRClock; } }));
Object.defineProperty(exports, "clockConfig", ({ enumerable: true, get: function () { return clock_1.clockConfig; } }));
var eeprom_1 = __nccwpck_require__(4090);
Object.defineProperty(exports, "AVREEPROM", ({ enumerable: true, get: function () { return eeprom_1.AVREEPROM; } }));
Object.defineProperty(exports, "EEPROMMemoryBackend", ({ enumerable: true, get: function () { return eeprom_1.EEPROMMemoryBackend; } }));
Object.defineProperty(exports, "eepromConfig", ({ enumerable: true, get: function () { return eeprom_1.eepromConfig; } }));
var gpio_1 = __nccwpck_require__(1645);
Object.defineProperty(exports, "AVRIOPort", ({ enumerable: true, get: function () { return gpio_1.AVRIOPort; } }));
Object.defineProperty(exports, "INT0", ({ enumerable: true, get: function () { return gpio_1.INT0; } }));
Object.defineProperty(exports, "INT1", ({ enumerable: true, get: function () { return gpio_1.INT1; } }));
Object.defineProperty(exports, "PCINT0", ({ enumerable: true, get: function () { return gpio_1.PCINT0; } }));
Object.defineProperty(exports, "PCINT1", ({ enumerable: true, get: function () { return gpio_1.PCINT1; } }));
Object.defineProperty(exports, "PCINT2", ({ enumerable: true, get: function () { return gpio_1.PCINT2; } }));
Object.defineProperty(exports, "PinState", ({ enumerable: true, get: function () { return gpio_1.PinState; } }));
Object.defineProperty(exports, "portAConfig", ({ enumerable: true, get: function () { return gpio_1.portAConfig; } }));
Object.defineProperty(exports, "portBConfig", ({ enumerable: true, get: function () { return gpio_1.portBConfig; } }));
Object.defineProperty(exports, "portCConfig", ({ enumerable: true, get: function () { return gpio_1.portCConfig; } }));
Object.defineProperty(exports, "portDConfig", ({ enumerable: true, get: function () { return gpio_1.portDConfig; } }));
Object.defineProperty(exports, "portEConfig", ({ enumerable: true, get: function () { return gpio_1.portEConfig; } }));
Object.defineProperty(exports, "portFConfig", ({ enumerable: true, get: function () { return gpio_1.portFConfig; } }));
Object.defineProperty(exports, "portGConfig", ({ enumerable: true, get: function () { return gpio_1.portGConfig; } }));
Object.defineProperty(exports, "portHConfig", ({ enumerable: true, get: function () { return gpio_1.portHConfig; } }));
Object.defineProperty(exports, "portJConfig", ({ enumerable: true, get: function () { return gpio_1.portJConfig; } }));
Object.defineProperty(exports, "portKConfig", ({ enumerable: true, get: function () { return gpio_1.portKConfig; } }));
Object.defineProperty(exports, "portLConfig", ({ enumerable: true, get: function () { return gpio_1.portLConfig; } }));
var spi_1 = __nccwpck_require__(3286);
Object.defineProperty(exports, "AVRSPI", ({ enumerable: true, get: function () { return spi_1.AVRSPI; } }));
Object.defineProperty(exports, "spiConfig", ({ enumerable: true, get: function () { return spi_1.spiConfig; } }));
var timer_1 = __nccwpck_require__(4389);
Object.defineProperty(exports, "AVRTimer", ({ enumerable: true, get: function () { return timer_1.AVRTimer; } }));
Object.defineProperty(exports, "timer0Config", ({ enumerable: true, get: function () { return timer_1.timer0Config; } }));
Object.defineProperty(exports, "timer1Config", ({ enumerable: true, get: function () { return timer_1.timer1Config; } }));
Object.defineProperty(exports, "timer2Config", ({ enumerable: true, get: function () { return timer_1.timer2Config; } }));
var timer_attiny_1 = __nccwpck_require__(1425);
Object.defineProperty(exports, "ATtinyTimer1", ({ enumerable: true, get: function () { return timer_attiny_1.ATtinyTimer1; } }));
Object.defineProperty(exports, "attinyTimer1Config", ({ enumerable: true, get: function () { return timer_attiny_1.attinyTimer1Config; } }));
__exportStar(__nccwpck_require__(7668), exports);
var usart_1 = __nccwpck_require__(1633);
Object.defineProperty(exports, "AVRUSART", ({ enumerable: true, get: function () { return usart_1.AVRUSART; } }));
Object.defineProperty(exports, "usart0Config", ({ enumerable: true, get: function () { return usart_1.usart0Config; } }));
var usi_1 = __nccwpck_require__(2719);
Object.defineProperty(exports, "AVRUSI", ({ enumerable: true, get: function () { return usi_1.AVRUSI; } }));
var watchdog_1 = __nccwpck_require__(4157);
Object.defineProperty(exports, "AVRWatchdog", ({ enumerable: true, get: function () { return watchdog_1.AVRWatchdog; } }));
Object.defineProperty(exports, "watchdogConfig", ({ enumerable: true, get: function () { return watchdog_1.watchdogConfig; } }));


/***/ }),

/***/ 3850:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRADC = exports.adcConfig = exports.atmega328Channels = exports.ADCMuxInputType = exports.ADCReference = void 0;
var ADCReference;
(function (ADCReference) {
    ADCReference[ADCReference["AVCC"] = 0] = "AVCC";
    ADCReference[ADCReference["AREF"] = 1] = "AREF";
    ADCReference[ADCReference["Internal1V1"] = 2] = "Internal1V1";
    ADCReference[ADCReference["Internal2V56"] = 3] = "Internal2V56";
    ADCReference[ADCReference["Reserved"] = 4] = "Reserved";
})(ADCReference || (exports.ADCReference = ADCReference = {}));
var ADCMuxInputType;
(function (ADCMuxInputType) {
    ADCMuxInputType[ADCMuxInputType["SingleEnded"] = 0] = "SingleEnded";
    ADCMuxInputType[ADCMuxInputType["Differential"] = 1] = "Differential";
    ADCMuxInputType[ADCMuxInputType["Constant"] = 2] = "Constant";
    ADCMuxInputType[ADCMuxInputType["Temperature"] = 3] = "Temperature";
})(ADCMuxInputType || (exports.ADCMuxInputType = ADCMuxInputType = {}));
exports.atmega328Channels = {
    0: { type: ADCMuxInputType.SingleEnded, channel: 0 },
    1: { type: ADCMuxInputType.SingleEnded, channel: 1 },
    2: { type: ADCMuxInputType.SingleEnded, channel: 2 },
    3: { type: ADCMuxInputType.SingleEnded, channel: 3 },
    4: { type: ADCMuxInputType.SingleEnded, channel: 4 },
    5: { type: ADCMuxInputType.SingleEnded, channel: 5 },
    6: { type: ADCMuxInputType.SingleEnded, channel: 6 },
    7: { type: ADCMuxInputType.SingleEnded, channel: 7 },
    8: { type: ADCMuxInputType.Temperature },
    14: { type: ADCMuxInputType.Constant, voltage: 1.1 },
    15: { type: ADCMuxInputType.Constant, voltage: 0 },
};
const fallbackMuxInput = {
    type: ADCMuxInputType.Constant,
    voltage: 0,
};
exports.adcConfig = {
    ADMUX: 0x7c,
    ADCSRA: 0x7a,
    ADCSRB: 0x7b,
    ADCL: 0x78,
    ADCH: 0x79,
    DIDR0: 0x7e,
    adcInterrupt: 0x2a,
    numChannels: 8,
    muxInputMask: 0xf,
    muxChannels: exports.atmega328Channels,
    adcReferences: [
        ADCReference.AREF,
        ADCReference.AVCC,
        ADCReference.Reserved,
        ADCReference.Internal1V1,
    ],
};
// Register bits:
const ADPS_MASK = 0x7;
const ADIE = 0x8;
const ADIF = 0x10;
const ADSC = 0x40;
const ADEN = 0x80;
const MUX_MASK = 0x1f;
const ADLAR = 0x20;
const MUX5 = 0x8;
const REFS2 = 0x8;
const REFS_MASK = 0x3;
const REFS_SHIFT = 6;
class AVRADC {
    constructor(cpu, config) {
        this.cpu = cpu;
        this.config = config;
        /**
         * ADC Channel values, in voltage (0..5). The number of channels depends on the chip.
         *
         * Changing the values here will change the ADC reading, unless you override onADCRead() with a custom implementation.
         */
        this.channelValues = new Array(this.config.numChannels);
        /** AVCC Reference voltage */
        this.avcc = 5;
        /** AREF Reference voltage */
        this.aref = 5;
        /**
         * Invoked whenever the code performs an ADC read.
         *
         * The default implementation reads the result from the `channelValues` array, and then calls
         * `completeADCRead()` after `sampleCycles` CPU cycles.
         *
         * If you override the default implementation, make sure to call `completeADCRead()` after
         * `sampleCycles` cycles (or else the ADC read will never complete).
         */
        this.onADCRead = (input) => {
            var _a;
            // Default implementation
            let voltage = 0;
            switch (input.type) {
                case ADCMuxInputType.Constant:
                    voltage = input.voltage;
                    break;
                case ADCMuxInputType.SingleEnded:
                    voltage = (_a = this.channelValues[input.channel]) !== null && _a !== void 0 ? _a : 0;
                    break;
                case ADCMuxInputType.Differential:
                    voltage =
                        input.gain *
                            ((this.channelValues[input.positiveChannel] || 0) -
                                (this.channelValues[input.negativeChannel] || 0));
                    break;
                case ADCMuxInputType.Temperature:
                    voltage = 0.378125; // 25 celcius
                    break;
            }
            const rawValue = (voltage / this.referenceVoltage) * 1024;
            const result = Math.min(Math.max(Math.floor(rawValue), 0), 1023);
            this.cpu.addClockEvent(() => this.completeADCRead(result), this.sampleCycles);
        };
        this.converting = false;
        this.conversionCycles = 25;
        // Interrupts
        this.ADC = {
            address: this.config.adcInterrupt,
            flagRegister: this.config.ADCSRA,
            flagMask: ADIF,
            enableRegister: this.config.ADCSRA,
            enableMask: ADIE,
        };
        cpu.writeHooks[config.ADCSRA] = (value, oldValue) => {
            var _a;
            if (value & ADEN && !(oldValue & ADEN)) {
                this.conversionCycles = 25;
            }
            cpu.data[config.ADCSRA] = value;
            cpu.updateInterruptEnable(this.ADC, value);
            if (!this.converting && value & ADSC) {
                if (!(value & ADEN)) {
                    // Special case: reading while the ADC is not enabled should return 0
                    this.cpu.addClockEvent(() => this.completeADCRead(0), this.sampleCycles);
                    return true;
                }
                let channel = this.cpu.data[this.config.ADMUX] & MUX_MASK;
                if (cpu.data[config.ADCSRB] & MUX5) {
                    channel |= 0x20;
                }
                channel &= config.muxInputMask;
                const muxInput = (_a = config.muxChannels[channel]) !== null && _a !== void 0 ? _a : fallbackMuxInput;
                this.converting = true;
                this.onADCRead(muxInput);
                return true; // don't update
            }
        };
    }
    completeADCRead(value) {
        const { ADCL, ADCH, ADMUX, ADCSRA } = this.config;
        this.converting = false;
        this.conversionCycles = 13;
        if (this.cpu.data[ADMUX] & ADLAR) {
            this.cpu.data[ADCL] = (value << 6) & 0xff;
            this.cpu.data[ADCH] = value >> 2;
        }
        else {
            this.cpu.data[ADCL] = value & 0xff;
            this.cpu.data[ADCH] = (value >> 8) & 0x3;
        }
        this.cpu.data[ADCSRA] &= ~ADSC;
        this.cpu.setInterruptFlag(this.ADC);
    }
    get prescaler() {
        const { ADCSRA } = this.config;
        const adcsra = this.cpu.data[ADCSRA];
        const adps = adcsra & ADPS_MASK;
        switch (adps) {
            case 0:
            case 1:
                return 2;
            case 2:
                return 4;
            case 3:
                return 8;
            case 4:
                return 16;
            case 5:
                return 32;
            case 6:
                return 64;
            case 7:
            default:
                return 128;
        }
    }
    get referenceVoltageType() {
        var _a;
        const { ADMUX, adcReferences } = this.config;
        let refs = (this.cpu.data[ADMUX] >> REFS_SHIFT) & REFS_MASK;
        if (adcReferences.length > 4 && this.cpu.data[ADMUX] & REFS2) {
            refs |= 0x4;
        }
        return (_a = adcReferences[refs]) !== null && _a !== void 0 ? _a : ADCReference.Reserved;
    }
    get referenceVoltage() {
        switch (this.referenceVoltageType) {
            case ADCReference.AVCC:
                return this.avcc;
            case ADCReference.AREF:
                return this.aref;
            case ADCReference.Internal1V1:
                return 1.1;
            case ADCReference.Internal2V56:
                return 2.56;
            default:
                return this.avcc;
        }
    }
    get sampleCycles() {
        return this.conversionCycles * this.prescaler;
    }
}
exports.AVRADC = AVRADC;


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRClock = exports.clockConfig = void 0;
const CLKPCE = 128;
exports.clockConfig = {
    CLKPR: 0x61,
};
const prescalers = [
    1, 2, 4, 8, 16, 32, 64, 128, 256,
    // The following values are "reserved" according to the datasheet, so we measured
    // with a scope to figure them out (on ATmega328p)
    2, 4, 8, 16, 32, 64, 128,
];
class AVRClock {
    constructor(cpu, baseFreqHz, config = exports.clockConfig) {
        this.cpu = cpu;
        this.baseFreqHz = baseFreqHz;
        this.config = config;
        this.clockEnabledCycles = 0;
        this.prescalerValue = 1;
        this.cyclesDelta = 0;
        this.cpu.writeHooks[this.config.CLKPR] = (clkpr) => {
            if ((!this.clockEnabledCycles || this.clockEnabledCycles < cpu.cycles) && clkpr === CLKPCE) {
                this.clockEnabledCycles = this.cpu.cycles + 4;
            }
            else if (this.clockEnabledCycles && this.clockEnabledCycles >= cpu.cycles) {
                this.clockEnabledCycles = 0;
                const index = clkpr & 0xf;
                const oldPrescaler = this.prescalerValue;
                this.prescalerValue = prescalers[index];
                this.cpu.data[this.config.CLKPR] = index;
                if (oldPrescaler !== this.prescalerValue) {
                    this.cyclesDelta =
                        (cpu.cycles + this.cyclesDelta) * (oldPrescaler / this.prescalerValue) - cpu.cycles;
                }
            }
            return true;
        };
    }
    get frequency() {
        return this.baseFreqHz / this.prescalerValue;
    }
    get prescaler() {
        return this.prescalerValue;
    }
    get timeNanos() {
        return ((this.cpu.cycles + this.cyclesDelta) / this.frequency) * 1e9;
    }
    get timeMicros() {
        return ((this.cpu.cycles + this.cyclesDelta) / this.frequency) * 1e6;
    }
    get timeMillis() {
        return ((this.cpu.cycles + this.cyclesDelta) / this.frequency) * 1e3;
    }
}
exports.AVRClock = AVRClock;


/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVREEPROM = exports.eepromConfig = exports.EEPROMMemoryBackend = void 0;
class EEPROMMemoryBackend {
    constructor(size) {
        this.memory = new Uint8Array(size);
        this.memory.fill(0xff);
    }
    readMemory(addr) {
        return this.memory[addr];
    }
    writeMemory(addr, value) {
        this.memory[addr] &= value;
    }
    eraseMemory(addr) {
        this.memory[addr] = 0xff;
    }
}
exports.EEPROMMemoryBackend = EEPROMMemoryBackend;
exports.eepromConfig = {
    eepromReadyInterrupt: 0x2c,
    EECR: 0x3f,
    EEDR: 0x40,
    EEARL: 0x41,
    EEARH: 0x42,
    eraseCycles: 28800, // 1.8ms at 16MHz
    writeCycles: 28800, // 1.8ms at 16MHz
};
const EERE = 1 << 0;
const EEPE = 1 << 1;
const EEMPE = 1 << 2;
const EERIE = 1 << 3;
const EEPM0 = 1 << 4;
const EEPM1 = 1 << 5;
const EECR_WRITE_MASK = EEPE | EEMPE | EERIE | EEPM0 | EEPM1;
class AVREEPROM {
    constructor(cpu, backend, config = exports.eepromConfig) {
        this.cpu = cpu;
        this.backend = backend;
        this.config = config;
        /**
         * Used to keep track on the last write to EEMPE. From the datasheet:
         * The EEMPE bit determines whether setting EEPE to one causes the EEPROM to be written.
         * When EEMPE is set, setting EEPE within four clock cycles will write data to the EEPROM
         * at the selected address If EEMPE is zero, setting EEPE will have no effect.
         */
        this.writeEnabledCycles = 0;
        this.writeCompleteCycles = 0;
        // Interrupts
        this.EER = {
            address: this.config.eepromReadyInterrupt,
            flagRegister: this.config.EECR,
            flagMask: EEPE,
            enableRegister: this.config.EECR,
            enableMask: EERIE,
            constant: true,
            inverseFlag: true,
        };
        this.cpu.writeHooks[this.config.EECR] = (eecr) => {
            const { EEARH, EEARL, EECR, EEDR } = this.config;
            const addr = (this.cpu.data[EEARH] << 8) | this.cpu.data[EEARL];
            this.cpu.data[EECR] = (this.cpu.data[EECR] & ~EECR_WRITE_MASK) | (eecr & EECR_WRITE_MASK);
            this.cpu.updateInterruptEnable(this.EER, eecr);
            if (eecr & EERE) {
                this.cpu.clearInterrupt(this.EER);
            }
            if (eecr & EEMPE) {
                const eempeCycles = 4;
                this.writeEnabledCycles = this.cpu.cycles + eempeCycles;
                this.cpu.addClockEvent(() => {
                    this.cpu.data[EECR] &= ~EEMPE;
                }, eempeCycles);
            }
            // Read
            if (eecr & EERE) {
                this.cpu.data[EEDR] = this.backend.readMemory(addr);
                // When the EEPROM is read, the CPU is halted for four cycles before the
                // next instruction is executed.
                this.cpu.cycles += 4;
                return true;
            }
            // Write
            if (eecr & EEPE) {
                //  If EEMPE is zero, setting EEPE will have no effect.
                if (this.cpu.cycles >= this.writeEnabledCycles) {
                    this.cpu.data[EECR] &= ~EEPE;
                    return true;
                }
                // Check for write-in-progress
                if (this.cpu.cycles < this.writeCompleteCycles) {
                    return true;
                }
                const eedr = this.cpu.data[EEDR];
                this.writeCompleteCycles = this.cpu.cycles;
                // Erase
                if (!(eecr & EEPM1)) {
                    this.backend.eraseMemory(addr);
                    this.writeCompleteCycles += this.config.eraseCycles;
                }
                // Write
                if (!(eecr & EEPM0)) {
                    this.backend.writeMemory(addr, eedr);
                    this.writeCompleteCycles += this.config.writeCycles;
                }
                this.cpu.data[EECR] |= EEPE;
                this.cpu.addClockEvent(() => {
                    this.cpu.setInterruptFlag(this.EER);
                }, this.writeCompleteCycles - this.cpu.cycles);
                // When EEPE has been set, the CPU is halted for two cycles before the
                // next instruction is executed.
                this.cpu.cycles += 2;
            }
            return true;
        };
    }
}
exports.AVREEPROM = AVREEPROM;


/***/ }),

/***/ 1645:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRIOPort = exports.PinOverrideMode = exports.PinState = exports.portLConfig = exports.portKConfig = exports.portJConfig = exports.portHConfig = exports.portGConfig = exports.portFConfig = exports.portEConfig = exports.portDConfig = exports.portCConfig = exports.portBConfig = exports.portAConfig = exports.PCINT2 = exports.PCINT1 = exports.PCINT0 = exports.INT1 = exports.INT0 = void 0;
exports.INT0 = {
    EICR: 0x69,
    EIMSK: 0x3d,
    EIFR: 0x3c,
    index: 0,
    iscOffset: 0,
    interrupt: 2,
};
exports.INT1 = {
    EICR: 0x69,
    EIMSK: 0x3d,
    EIFR: 0x3c,
    index: 1,
    iscOffset: 2,
    interrupt: 4,
};
exports.PCINT0 = {
    PCIE: 0,
    PCICR: 0x68,
    PCIFR: 0x3b,
    PCMSK: 0x6b,
    pinChangeInterrupt: 6,
    mask: 0xff,
    offset: 0,
};
exports.PCINT1 = {
    PCIE: 1,
    PCICR: 0x68,
    PCIFR: 0x3b,
    PCMSK: 0x6c,
    pinChangeInterrupt: 8,
    mask: 0xff,
    offset: 0,
};
exports.PCINT2 = {
    PCIE: 2,
    PCICR: 0x68,
    PCIFR: 0x3b,
    PCMSK: 0x6d,
    pinChangeInterrupt: 10,
    mask: 0xff,
    offset: 0,
};
exports.portAConfig = {
    PIN: 0x20,
    DDR: 0x21,
    PORT: 0x22,
    externalInterrupts: [],
};
exports.portBConfig = {
    PIN: 0x23,
    DDR: 0x24,
    PORT: 0x25,
    // Interrupt settings
    pinChange: exports.PCINT0,
    externalInterrupts: [],
};
exports.portCConfig = {
    PIN: 0x26,
    DDR: 0x27,
    PORT: 0x28,
    // Interrupt settings
    pinChange: exports.PCINT1,
    externalInterrupts: [],
};
exports.portDConfig = {
    PIN: 0x29,
    DDR: 0x2a,
    PORT: 0x2b,
    // Interrupt settings
    pinChange: exports.PCINT2,
    externalInterrupts: [null, null, exports.INT0, exports.INT1],
};
exports.portEConfig = {
    PIN: 0x2c,
    DDR: 0x2d,
    PORT: 0x2e,
    externalInterrupts: [],
};
exports.portFConfig = {
    PIN: 0x2f,
    DDR: 0x30,
    PORT: 0x31,
    externalInterrupts: [],
};
exports.portGConfig = {
    PIN: 0x32,
    DDR: 0x33,
    PORT: 0x34,
    externalInterrupts: [],
};
exports.portHConfig = {
    PIN: 0x100,
    DDR: 0x101,
    PORT: 0x102,
    externalInterrupts: [],
};
exports.portJConfig = {
    PIN: 0x103,
    DDR: 0x104,
    PORT: 0x105,
    externalInterrupts: [],
};
exports.portKConfig = {
    PIN: 0x106,
    DDR: 0x107,
    PORT: 0x108,
    externalInterrupts: [],
};
exports.portLConfig = {
    PIN: 0x109,
    DDR: 0x10a,
    PORT: 0x10b,
    externalInterrupts: [],
};
var PinState;
(function (PinState) {
    PinState[PinState["Low"] = 0] = "Low";
    PinState[PinState["High"] = 1] = "High";
    PinState[PinState["Input"] = 2] = "Input";
    PinState[PinState["InputPullUp"] = 3] = "InputPullUp";
})(PinState || (exports.PinState = PinState = {}));
/* This mechanism allows timers to override specific GPIO pins */
var PinOverrideMode;
(function (PinOverrideMode) {
    PinOverrideMode[PinOverrideMode["None"] = 0] = "None";
    PinOverrideMode[PinOverrideMode["Enable"] = 1] = "Enable";
    PinOverrideMode[PinOverrideMode["Set"] = 2] = "Set";
    PinOverrideMode[PinOverrideMode["Clear"] = 3] = "Clear";
    PinOverrideMode[PinOverrideMode["Toggle"] = 4] = "Toggle";
})(PinOverrideMode || (exports.PinOverrideMode = PinOverrideMode = {}));
var InterruptMode;
(function (InterruptMode) {
    InterruptMode[InterruptMode["LowLevel"] = 0] = "LowLevel";
    InterruptMode[InterruptMode["Change"] = 1] = "Change";
    InterruptMode[InterruptMode["FallingEdge"] = 2] = "FallingEdge";
    InterruptMode[InterruptMode["RisingEdge"] = 3] = "RisingEdge";
})(InterruptMode || (InterruptMode = {}));
class AVRIOPort {
    constructor(cpu, portConfig) {
        var _a, _b, _c, _d;
        this.cpu = cpu;
        this.portConfig = portConfig;
        this.externalClockListeners = [];
        this.listeners = [];
        this.pinValue = 0;
        this.overrideMask = 0xff;
        this.overrideValue = 0;
        this.lastValue = 0;
        this.lastDdr = 0;
        this.lastPin = 0;
        this.openCollector = 0;
        cpu.gpioPorts.add(this);
        cpu.gpioByPort[portConfig.PORT] = this;
        cpu.writeHooks[portConfig.DDR] = (value) => {
            const portValue = cpu.data[portConfig.PORT];
            cpu.data[portConfig.DDR] = value;
            this.writeGpio(portValue, value);
            this.updatePinRegister(value);
            return true;
        };
        cpu.writeHooks[portConfig.PORT] = (value) => {
            const ddrMask = cpu.data[portConfig.DDR];
            cpu.data[portConfig.PORT] = value;
            this.writeGpio(value, ddrMask);
            this.updatePinRegister(ddrMask);
            return true;
        };
        cpu.writeHooks[portConfig.PIN] = (value, oldValue, addr, mask) => {
            // Writing to 1 PIN toggles PORT bits
            const oldPortValue = cpu.data[portConfig.PORT];
            const ddrMask = cpu.data[portConfig.DDR];
            const portValue = oldPortValue ^ (value & mask);
            cpu.data[portConfig.PORT] = portValue;
            this.writeGpio(portValue, ddrMask);
            this.updatePinRegister(ddrMask);
            return true;
        };
        // External interrupts
        const { externalInterrupts } = portConfig;
        this.externalInts = externalInterrupts.map((externalConfig) => externalConfig
            ? {
                address: externalConfig.interrupt,
                flagRegister: externalConfig.EIFR,
                flagMask: 1 << externalConfig.index,
                enableRegister: externalConfig.EIMSK,
                enableMask: 1 << externalConfig.index,
            }
            : null);
        const EICR = new Set(externalInterrupts.map((item) => item === null || item === void 0 ? void 0 : item.EICR));
        for (const EICRx of EICR) {
            this.attachInterruptHook(EICRx || 0);
        }
        const EIMSK = (_b = (_a = externalInterrupts.find((item) => item && item.EIMSK)) === null || _a === void 0 ? void 0 : _a.EIMSK) !== null && _b !== void 0 ? _b : 0;
        this.attachInterruptHook(EIMSK, 'mask');
        const EIFR = (_d = (_c = externalInterrupts.find((item) => item && item.EIFR)) === null || _c === void 0 ? void 0 : _c.EIFR) !== null && _d !== void 0 ? _d : 0;
        this.attachInterruptHook(EIFR, 'flag');
        // Pin change interrupts
        const { pinChange } = portConfig;
        this.PCINT = pinChange
            ? {
                address: pinChange.pinChangeInterrupt,
                flagRegister: pinChange.PCIFR,
                flagMask: 1 << pinChange.PCIE,
                enableRegister: pinChange.PCICR,
                enableMask: 1 << pinChange.PCIE,
            }
            : null;
        if (pinChange) {
            const { PCIFR, PCMSK } = pinChange;
            cpu.writeHooks[PCIFR] = (value) => {
                for (const gpio of this.cpu.gpioPorts) {
                    const { PCINT } = gpio;
                    if (PCINT) {
                        cpu.clearInterruptByFlag(PCINT, value);
                    }
                }
                return true;
            };
            cpu.writeHooks[PCMSK] = (value) => {
                cpu.data[PCMSK] = value;
                for (const gpio of this.cpu.gpioPorts) {
                    const { PCINT } = gpio;
                    if (PCINT) {
                        cpu.updateInterruptEnable(PCINT, value);
                    }
                }
                return true;
            };
        }
    }
    addListener(listener) {
        this.listeners.push(listener);
    }
    removeListener(listener) {
        this.listeners = this.listeners.filter((l) => l !== listener);
    }
    /**
     * Get the state of a given GPIO pin
     *
     * @param index Pin index to return from 0 to 7
     * @returns PinState.Low or PinState.High if the pin is set to output, PinState.Input if the pin is set
     *   to input, and PinState.InputPullUp if the pin is set to input and the internal pull-up resistor has
     *   been enabled.
     */
    pinState(index) {
        const ddr = this.cpu.data[this.portConfig.DDR];
        const port = this.cpu.data[this.portConfig.PORT];
        const bitMask = 1 << index;
        const openState = port & bitMask ? PinState.InputPullUp : PinState.Input;
        const highValue = this.openCollector & bitMask ? openState : PinState.High;
        if (ddr & bitMask) {
            return this.lastValue & bitMask ? highValue : PinState.Low;
        }
        else {
            return openState;
        }
    }
    /**
     * Sets the input value for the given pin. This is the value that
     * will be returned when reading from the PIN register.
     */
    setPin(index, value) {
        const bitMask = 1 << index;
        this.pinValue &= ~bitMask;
        if (value) {
            this.pinValue |= bitMask;
        }
        this.updatePinRegister(this.cpu.data[this.portConfig.DDR]);
    }
    /**
     * Internal method - do not call this directly!
     * Used by the timer compare output units to override GPIO pins.
     */
    timerOverridePin(pin, mode) {
        const { cpu, portConfig } = this;
        const pinMask = 1 << pin;
        if (mode === PinOverrideMode.None) {
            this.overrideMask |= pinMask;
            this.overrideValue &= ~pinMask;
        }
        else {
            this.overrideMask &= ~pinMask;
            switch (mode) {
                case PinOverrideMode.Enable:
                    this.overrideValue &= ~pinMask;
                    this.overrideValue |= cpu.data[portConfig.PORT] & pinMask;
                    break;
                case PinOverrideMode.Set:
                    this.overrideValue |= pinMask;
                    break;
                case PinOverrideMode.Clear:
                    this.overrideValue &= ~pinMask;
                    break;
                case PinOverrideMode.Toggle:
                    this.overrideValue ^= pinMask;
                    break;
            }
        }
        const ddrMask = cpu.data[portConfig.DDR];
        this.writeGpio(cpu.data[portConfig.PORT], ddrMask);
        this.updatePinRegister(ddrMask);
    }
    updatePinRegister(ddr) {
        var _a, _b;
        const newPin = (this.pinValue & ~ddr) | (this.lastValue & ddr);
        this.cpu.data[this.portConfig.PIN] = newPin;
        if (this.lastPin !== newPin) {
            for (let index = 0; index < 8; index++) {
                if ((newPin & (1 << index)) !== (this.lastPin & (1 << index))) {
                    const value = !!(newPin & (1 << index));
                    this.toggleInterrupt(index, value);
                    (_b = (_a = this.externalClockListeners)[index]) === null || _b === void 0 ? void 0 : _b.call(_a, value);
                }
            }
            this.lastPin = newPin;
        }
    }
    toggleInterrupt(pin, risingEdge) {
        const { cpu, portConfig, externalInts, PCINT } = this;
        const { externalInterrupts, pinChange } = portConfig;
        const externalConfig = externalInterrupts[pin];
        const external = externalInts[pin];
        if (external && externalConfig) {
            const { EIMSK, index, EICR, iscOffset } = externalConfig;
            if (cpu.data[EIMSK] & (1 << index)) {
                const configuration = (cpu.data[EICR] >> iscOffset) & 0x3;
                let generateInterrupt = false;
                external.constant = false;
                switch (configuration) {
                    case InterruptMode.LowLevel:
                        generateInterrupt = !risingEdge;
                        external.constant = true;
                        break;
                    case InterruptMode.Change:
                        generateInterrupt = true;
                        break;
                    case InterruptMode.FallingEdge:
                        generateInterrupt = !risingEdge;
                        break;
                    case InterruptMode.RisingEdge:
                        generateInterrupt = risingEdge;
                        break;
                }
                if (generateInterrupt) {
                    cpu.setInterruptFlag(external);
                }
                else if (external.constant) {
                    cpu.clearInterrupt(external, true);
                }
            }
        }
        if (pinChange && PCINT && pinChange.mask & (1 << pin)) {
            const { PCMSK } = pinChange;
            if (cpu.data[PCMSK] & (1 << (pin + pinChange.offset))) {
                cpu.setInterruptFlag(PCINT);
            }
        }
    }
    attachInterruptHook(register, registerType = 'other') {
        if (!register) {
            return;
        }
        const { cpu } = this;
        cpu.writeHooks[register] = (value) => {
            if (registerType !== 'flag') {
                cpu.data[register] = value;
            }
            for (const gpio of cpu.gpioPorts) {
                for (const external of gpio.externalInts) {
                    if (external && registerType === 'mask') {
                        cpu.updateInterruptEnable(external, value);
                    }
                    if (external && !external.constant && registerType === 'flag') {
                        cpu.clearInterruptByFlag(external, value);
                    }
                }
                gpio.checkExternalInterrupts();
            }
            return true;
        };
    }
    checkExternalInterrupts() {
        const { cpu } = this;
        const { externalInterrupts } = this.portConfig;
        for (let pin = 0; pin < 8; pin++) {
            const external = externalInterrupts[pin];
            if (!external) {
                continue;
            }
            const pinValue = !!(this.lastPin & (1 << pin));
            const { EIFR, EIMSK, index, EICR, iscOffset, interrupt } = external;
            if (!(cpu.data[EIMSK] & (1 << index)) || pinValue) {
                continue;
            }
            const configuration = (cpu.data[EICR] >> iscOffset) & 0x3;
            if (configuration === InterruptMode.LowLevel) {
                cpu.queueInterrupt({
                    address: interrupt,
                    flagRegister: EIFR,
                    flagMask: 1 << index,
                    enableRegister: EIMSK,
                    enableMask: 1 << index,
                    constant: true,
                });
            }
        }
    }
    writeGpio(value, ddr) {
        const newValue = (((value & this.overrideMask) | this.overrideValue) & ddr) | (value & ~ddr);
        const prevValue = this.lastValue;
        if (newValue !== prevValue || ddr !== this.lastDdr) {
            this.lastValue = newValue;
            this.lastDdr = ddr;
            for (const listener of this.listeners) {
                listener(newValue, prevValue);
            }
        }
    }
}
exports.AVRIOPort = AVRIOPort;


/***/ }),

/***/ 3286:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRSPI = exports.spiConfig = void 0;
// Register bits:
const SPCR_SPIE = 0x80; // SPI Interrupt Enable
const SPCR_SPE = 0x40; // SPI Enable
const SPCR_DORD = 0x20; // Data Order
const SPCR_MSTR = 0x10; // Master/Slave Select
const SPCR_CPOL = 0x8; // Clock Polarity
const SPCR_CPHA = 0x4; // Clock Phase
const SPCR_SPR1 = 0x2; // SPI Clock Rate Select 1
const SPCR_SPR0 = 0x1; // SPI Clock Rate Select 0
const SPSR_SPR_MASK = SPCR_SPR1 | SPCR_SPR0;
const SPSR_SPIF = 0x80; // SPI Interrupt Flag
const SPSR_WCOL = 0x40; // Write COLlision Flag
const SPSR_SPI2X = 0x1; // Double SPI Speed Bit
exports.spiConfig = {
    spiInterrupt: 0x22,
    SPCR: 0x4c,
    SPSR: 0x4d,
    SPDR: 0x4e,
};
const bitsPerByte = 8;
class AVRSPI {
    constructor(cpu, config, freqHz) {
        this.cpu = cpu;
        this.config = config;
        this.freqHz = freqHz;
        /** @deprecated Use onByte() instead */
        this.onTransfer = () => 0;
        /**
         * SPI byte transfer callback. Invoked whenever the user code starts an SPI transaction.
         * You can override this with your own SPI handler logic.
         *
         * The callback receives a argument: the byte sent over the SPI MOSI line.
         * It should call `completeTransfer()` within `transferCycles` CPU cycles.
         */
        this.onByte = (value) => {
            const valueIn = this.onTransfer(value);
            this.cpu.addClockEvent(() => this.completeTransfer(valueIn), this.transferCycles);
        };
        this.transmissionActive = false;
        // Interrupts
        this.SPI = {
            address: this.config.spiInterrupt,
            flagRegister: this.config.SPSR,
            flagMask: SPSR_SPIF,
            enableRegister: this.config.SPCR,
            enableMask: SPCR_SPIE,
        };
        const { SPCR, SPSR, SPDR } = config;
        cpu.writeHooks[SPDR] = (value) => {
            if (!(cpu.data[SPCR] & SPCR_SPE)) {
                // SPI not enabled, ignore write
                return;
            }
            // Write collision
            if (this.transmissionActive) {
                cpu.data[SPSR] |= SPSR_WCOL;
                return true;
            }
            // Clear write collision / interrupt flags
            cpu.data[SPSR] &= ~SPSR_WCOL;
            this.cpu.clearInterrupt(this.SPI);
            this.transmissionActive = true;
            this.onByte(value);
            return true;
        };
        cpu.writeHooks[SPCR] = (value) => {
            this.cpu.updateInterruptEnable(this.SPI, value);
        };
        cpu.writeHooks[SPSR] = (value) => {
            this.cpu.data[SPSR] = value;
            this.cpu.clearInterruptByFlag(this.SPI, value);
        };
    }
    reset() {
        this.transmissionActive = false;
    }
    /**
     * Completes an SPI transaction. Call this method only from the `onByte` callback.
     *
     * @param receivedByte Byte read from the SPI MISO line.
     */
    completeTransfer(receivedByte) {
        const { SPDR } = this.config;
        this.cpu.data[SPDR] = receivedByte;
        this.cpu.setInterruptFlag(this.SPI);
        this.transmissionActive = false;
    }
    get isMaster() {
        return this.cpu.data[this.config.SPCR] & SPCR_MSTR ? true : false;
    }
    get dataOrder() {
        return this.cpu.data[this.config.SPCR] & SPCR_DORD ? 'lsbFirst' : 'msbFirst';
    }
    get spiMode() {
        const CPHA = this.cpu.data[this.config.SPCR] & SPCR_CPHA;
        const CPOL = this.cpu.data[this.config.SPCR] & SPCR_CPOL;
        return ((CPHA ? 2 : 0) | (CPOL ? 1 : 0));
    }
    /**
     * The clock divider is only relevant for Master mode
     */
    get clockDivider() {
        const base = this.cpu.data[this.config.SPSR] & SPSR_SPI2X ? 2 : 4;
        switch (this.cpu.data[this.config.SPCR] & SPSR_SPR_MASK) {
            case 0b00:
                return base;
            case 0b01:
                return base * 4;
            case 0b10:
                return base * 16;
            case 0b11:
                return base * 32;
        }
        // We should never get here:
        throw new Error('Invalid divider value!');
    }
    /** Number of cycles to complete a single byte SPI transaction */
    get transferCycles() {
        return this.clockDivider * bitsPerByte;
    }
    /**
     * The SPI freqeuncy is only relevant to Master mode.
     * In slave mode, the frequency can be as high as F(osc) / 4.
     */
    get spiFrequency() {
        return this.freqHz / this.clockDivider;
    }
}
exports.AVRSPI = AVRSPI;


/***/ }),

/***/ 1425:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ATtinyTimer1 = exports.attinyTimer1Config = void 0;
const gpio_1 = __nccwpck_require__(1645);
// TCCR1 bits
const CTC1 = 1 << 7;
const PWM1A = 1 << 6;
const CS_MASK = 0x0f;
// GTCCR bits
const PWM1B_BIT = 1 << 6;
const FOC1B = 1 << 3;
const FOC1A = 1 << 2;
const PSR1 = 1 << 1;
exports.attinyTimer1Config = {
    TCCR1: 0x50,
    GTCCR: 0x4c,
    TCNT1: 0x4f,
    OCR1A: 0x4e,
    OCR1B: 0x4b,
    OCR1C: 0x4d,
    TIFR: 0x58,
    TIMSK: 0x59,
    ovfInterrupt: 0x04,
    compAInterrupt: 0x03,
    compBInterrupt: 0x09,
    TOV1: 1 << 2,
    OCF1A: 1 << 6,
    OCF1B: 1 << 5,
    TOIE1: 1 << 2,
    OCIE1A: 1 << 6,
    OCIE1B: 1 << 5,
    compPortB: 0x38,
    compPinA: 1, // PB1
    compPinB: 4, // PB4
    dividers: {
        0: 0,
        1: 1,
        2: 2,
        3: 4,
        4: 8,
        5: 16,
        6: 32,
        7: 64,
        8: 128,
        9: 256,
        10: 512,
        11: 1024,
        12: 2048,
        13: 4096,
        14: 8192,
        15: 16384,
    },
};
class ATtinyTimer1 {
    constructor(cpu, config) {
        this.cpu = cpu;
        this.config = config;
        this.lastCycle = 0;
        this.tcnt = 0;
        this.tcntNext = 0;
        this.tcntUpdated = false;
        this.ocrA = 0;
        this.ocrB = 0;
        this.ocrC = 0;
        this.divider = 0;
        this.updateDivider = false;
        this.countingUp = true;
        this.OVF = {
            address: this.config.ovfInterrupt,
            flagRegister: this.config.TIFR,
            flagMask: this.config.TOV1,
            enableRegister: this.config.TIMSK,
            enableMask: this.config.TOIE1,
        };
        this.OCFA = {
            address: this.config.compAInterrupt,
            flagRegister: this.config.TIFR,
            flagMask: this.config.OCF1A,
            enableRegister: this.config.TIMSK,
            enableMask: this.config.OCIE1A,
        };
        this.OCFB = {
            address: this.config.compBInterrupt,
            flagRegister: this.config.TIFR,
            flagMask: this.config.OCF1B,
            enableRegister: this.config.TIMSK,
            enableMask: this.config.OCIE1B,
        };
        this.count = (reschedule = true) => {
            var _a;
            const { divider, lastCycle, cpu } = this;
            const { cycles } = cpu;
            const delta = cycles - lastCycle;
            if (divider && delta >= divider) {
                const counterDelta = Math.floor(delta / divider);
                this.lastCycle += counterDelta * divider;
                const val = this.tcnt;
                const top = this.TOP;
                const phasePwm = (this.pwmA || this.pwmB) && !this.ctcMode;
                const newVal = phasePwm
                    ? this.phasePwmCount(val, counterDelta)
                    : (val + counterDelta) % (top + 1);
                const overflow = val + counterDelta > top;
                if (!this.tcntUpdated) {
                    this.tcnt = newVal;
                    if (!phasePwm) {
                        this.timerUpdated(newVal, val);
                    }
                }
                if (!phasePwm && overflow) {
                    cpu.setInterruptFlag(this.OVF);
                }
            }
            if (this.tcntUpdated) {
                this.tcnt = this.tcntNext;
                this.tcntUpdated = false;
            }
            if (this.updateDivider) {
                const cs = this.CS;
                const newDivider = (_a = this.config.dividers[cs]) !== null && _a !== void 0 ? _a : 0;
                this.lastCycle = newDivider ? this.cpu.cycles : 0;
                this.updateDivider = false;
                this.divider = newDivider;
                if (newDivider) {
                    cpu.addClockEvent(this.count, this.lastCycle + newDivider - cpu.cycles);
                }
                return;
            }
            if (reschedule && divider) {
                cpu.addClockEvent(this.count, this.lastCycle + divider - cpu.cycles);
            }
        };
        const { TCCR1, GTCCR, TCNT1, OCR1A, OCR1B, OCR1C, TIFR, TIMSK } = config;
        cpu.readHooks[TCNT1] = () => {
            this.count(false);
            return (cpu.data[TCNT1] = this.tcnt & 0xff);
        };
        cpu.writeHooks[TCNT1] = (value) => {
            this.tcntNext = value;
            this.countingUp = true;
            this.tcntUpdated = true;
            cpu.updateClockEvent(this.count, 0);
            if (this.divider) {
                this.timerUpdated(this.tcntNext, this.tcntNext);
            }
        };
        cpu.writeHooks[OCR1A] = (value) => {
            this.ocrA = value;
        };
        cpu.writeHooks[OCR1B] = (value) => {
            this.ocrB = value;
        };
        cpu.writeHooks[OCR1C] = (value) => {
            this.ocrC = value;
        };
        cpu.writeHooks[TCCR1] = (value) => {
            cpu.data[TCCR1] = value;
            this.updateDivider = true;
            cpu.clearClockEvent(this.count);
            cpu.addClockEvent(this.count, 0);
            this.updateCompConfig();
            return true;
        };
        // GTCCR is shared with Timer0 (PSR0) — chain with existing hook
        const prevGtccrHook = cpu.writeHooks[GTCCR];
        cpu.writeHooks[GTCCR] = (value, oldValue, addr, mask) => {
            if (value & FOC1A) {
                this.forceCompare('A');
            }
            if (value & FOC1B) {
                this.forceCompare('B');
            }
            if (value & PSR1) {
                this.lastCycle = this.cpu.cycles;
            }
            value &= ~(FOC1A | FOC1B | PSR1);
            if (prevGtccrHook) {
                prevGtccrHook(value, oldValue, addr, mask);
            }
            else {
                cpu.data[GTCCR] = value;
            }
            this.updateCompConfig();
            return true;
        };
        // TIFR/TIMSK are shared with Timer0 — chain with existing hooks
        const prevTifrHook = cpu.writeHooks[TIFR];
        cpu.writeHooks[TIFR] = (value, oldValue, addr, mask) => {
            if (prevTifrHook) {
                prevTifrHook(value, oldValue, addr, mask);
            }
            else {
                cpu.data[TIFR] = value;
            }
            cpu.clearInterruptByFlag(this.OVF, value);
            cpu.clearInterruptByFlag(this.OCFA, value);
            cpu.clearInterruptByFlag(this.OCFB, value);
            return true;
        };
        const prevTimskHook = cpu.writeHooks[TIMSK];
        cpu.writeHooks[TIMSK] = (value, oldValue, addr, mask) => {
            if (prevTimskHook) {
                prevTimskHook(value, oldValue, addr, mask);
            }
            cpu.updateInterruptEnable(this.OVF, value);
            cpu.updateInterruptEnable(this.OCFA, value);
            cpu.updateInterruptEnable(this.OCFB, value);
        };
    }
    get tccr1() {
        return this.cpu.data[this.config.TCCR1];
    }
    get gtccr() {
        return this.cpu.data[this.config.GTCCR];
    }
    get CS() {
        return this.tccr1 & CS_MASK;
    }
    get ctcMode() {
        return !!(this.tccr1 & CTC1);
    }
    get pwmA() {
        return !!(this.tccr1 & PWM1A);
    }
    get pwmB() {
        return !!(this.gtccr & PWM1B_BIT);
    }
    get comA() {
        return (this.tccr1 >> 4) & 0x3;
    }
    get comB() {
        return (this.gtccr >> 4) & 0x3;
    }
    /** TOP = OCR1C in CTC/PWM modes, 0xFF in Normal mode */
    get TOP() {
        if (this.ctcMode || this.pwmA || this.pwmB) {
            return this.ocrC;
        }
        return 0xff;
    }
    phasePwmCount(value, delta) {
        const top = this.TOP;
        while (delta > 0) {
            if (this.countingUp) {
                value++;
                if (value >= top) {
                    value = top;
                    this.countingUp = false;
                }
            }
            else {
                value--;
                if (value <= 0) {
                    value = 0;
                    this.countingUp = true;
                    this.cpu.setInterruptFlag(this.OVF);
                }
            }
            if (!this.tcntUpdated) {
                if (value === this.ocrA) {
                    this.cpu.setInterruptFlag(this.OCFA);
                    this.updateCompPinPwm('A');
                }
                if (value === this.ocrB) {
                    this.cpu.setInterruptFlag(this.OCFB);
                    this.updateCompPinPwm('B');
                }
            }
            delta--;
        }
        return value & 0xff;
    }
    timerUpdated(value, prevValue) {
        const { ocrA, ocrB } = this;
        const overflow = prevValue > value;
        if (((prevValue < ocrA || overflow) && value >= ocrA) || (prevValue < ocrA && overflow)) {
            this.cpu.setInterruptFlag(this.OCFA);
            if (this.comA && !this.pwmA) {
                this.updateCompPinNonPwm('A');
            }
        }
        if (((prevValue < ocrB || overflow) && value >= ocrB) || (prevValue < ocrB && overflow)) {
            this.cpu.setInterruptFlag(this.OCFB);
            if (this.comB && !this.pwmB) {
                this.updateCompPinNonPwm('B');
            }
        }
    }
    forceCompare(channel) {
        if (channel === 'A' && !this.pwmA && this.comA) {
            this.updateCompPinNonPwm('A');
        }
        else if (channel === 'B' && !this.pwmB && this.comB) {
            this.updateCompPinNonPwm('B');
        }
    }
    updateCompPinNonPwm(channel) {
        var _a;
        const com = channel === 'A' ? this.comA : this.comB;
        const pin = channel === 'A' ? this.config.compPinA : this.config.compPinB;
        let mode;
        switch (com) {
            case 1:
                mode = gpio_1.PinOverrideMode.Toggle;
                break;
            case 2:
                mode = gpio_1.PinOverrideMode.Clear;
                break;
            case 3:
                mode = gpio_1.PinOverrideMode.Set;
                break;
            default:
                return;
        }
        (_a = this.cpu.gpioByPort[this.config.compPortB]) === null || _a === void 0 ? void 0 : _a.timerOverridePin(pin, mode);
    }
    updateCompPinPwm(channel) {
        var _a;
        const com = channel === 'A' ? this.comA : this.comB;
        const pin = channel === 'A' ? this.config.compPinA : this.config.compPinB;
        const invertingMode = com === 3;
        const isSet = this.countingUp === invertingMode;
        let mode;
        switch (com) {
            case 1:
                mode = gpio_1.PinOverrideMode.Toggle;
                break;
            case 2:
            case 3:
                mode = isSet ? gpio_1.PinOverrideMode.Set : gpio_1.PinOverrideMode.Clear;
                break;
            default:
                return;
        }
        (_a = this.cpu.gpioByPort[this.config.compPortB]) === null || _a === void 0 ? void 0 : _a.timerOverridePin(pin, mode);
    }
    updateCompConfig() {
        const port = this.cpu.gpioByPort[this.config.compPortB];
        if (!port)
            return;
        port.timerOverridePin(this.config.compPinA, this.comA ? gpio_1.PinOverrideMode.Enable : gpio_1.PinOverrideMode.None);
        port.timerOverridePin(this.config.compPinB, this.comB ? gpio_1.PinOverrideMode.Enable : gpio_1.PinOverrideMode.None);
    }
}
exports.ATtinyTimer1 = ATtinyTimer1;


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRTimer = exports.timer2Config = exports.timer1Config = exports.timer0Config = void 0;
const gpio_1 = __nccwpck_require__(1645);
const timer01Dividers = {
    0: 0,
    1: 1,
    2: 8,
    3: 64,
    4: 256,
    5: 1024,
    6: 0, // External clock - see ExternalClockMode
    7: 0, // Ditto
};
var ExternalClockMode;
(function (ExternalClockMode) {
    ExternalClockMode[ExternalClockMode["FallingEdge"] = 6] = "FallingEdge";
    ExternalClockMode[ExternalClockMode["RisingEdge"] = 7] = "RisingEdge";
})(ExternalClockMode || (ExternalClockMode = {}));
/** These are differnet for some devices (e.g. ATtiny85) */
const defaultTimerBits = {
    // TIFR bits
    TOV: 1,
    OCFA: 2,
    OCFB: 4,
    OCFC: 0, // Unused
    // TIMSK bits
    TOIE: 1,
    OCIEA: 2,
    OCIEB: 4,
    OCIEC: 0, // Unused
};
exports.timer0Config = Object.assign({ bits: 8, captureInterrupt: 0, compAInterrupt: 0x1c, compBInterrupt: 0x1e, compCInterrupt: 0, ovfInterrupt: 0x20, TIFR: 0x35, OCRA: 0x47, OCRB: 0x48, OCRC: 0, ICR: 0, TCNT: 0x46, TCCRA: 0x44, TCCRB: 0x45, TCCRC: 0, TIMSK: 0x6e, dividers: timer01Dividers, compPortA: gpio_1.portDConfig.PORT, compPinA: 6, compPortB: gpio_1.portDConfig.PORT, compPinB: 5, compPortC: 0, compPinC: 0, externalClockPort: gpio_1.portDConfig.PORT, externalClockPin: 4 }, defaultTimerBits);
exports.timer1Config = Object.assign({ bits: 16, captureInterrupt: 0x14, compAInterrupt: 0x16, compBInterrupt: 0x18, compCInterrupt: 0, ovfInterrupt: 0x1a, TIFR: 0x36, OCRA: 0x88, OCRB: 0x8a, OCRC: 0, ICR: 0x86, TCNT: 0x84, TCCRA: 0x80, TCCRB: 0x81, TCCRC: 0x82, TIMSK: 0x6f, dividers: timer01Dividers, compPortA: gpio_1.portBConfig.PORT, compPinA: 1, compPortB: gpio_1.portBConfig.PORT, compPinB: 2, compPortC: 0, compPinC: 0, externalClockPort: gpio_1.portDConfig.PORT, externalClockPin: 5 }, defaultTimerBits);
exports.timer2Config = Object.assign({ bits: 8, captureInterrupt: 0, compAInterrupt: 0x0e, compBInterrupt: 0x10, compCInterrupt: 0, ovfInterrupt: 0x12, TIFR: 0x37, OCRA: 0xb3, OCRB: 0xb4, OCRC: 0, ICR: 0, TCNT: 0xb2, TCCRA: 0xb0, TCCRB: 0xb1, TCCRC: 0, TIMSK: 0x70, dividers: {
        0: 0,
        1: 1,
        2: 8,
        3: 32,
        4: 64,
        5: 128,
        6: 256,
        7: 1024,
    }, compPortA: gpio_1.portBConfig.PORT, compPinA: 3, compPortB: gpio_1.portDConfig.PORT, compPinB: 3, compPortC: 0, compPinC: 0, externalClockPort: 0, externalClockPin: 0 }, defaultTimerBits);
/* All the following types and constants are related to WGM (Waveform Generation Mode) bits: */
var TimerMode;
(function (TimerMode) {
    TimerMode[TimerMode["Normal"] = 0] = "Normal";
    TimerMode[TimerMode["PWMPhaseCorrect"] = 1] = "PWMPhaseCorrect";
    TimerMode[TimerMode["CTC"] = 2] = "CTC";
    TimerMode[TimerMode["FastPWM"] = 3] = "FastPWM";
    TimerMode[TimerMode["PWMPhaseFrequencyCorrect"] = 4] = "PWMPhaseFrequencyCorrect";
    TimerMode[TimerMode["Reserved"] = 5] = "Reserved";
})(TimerMode || (TimerMode = {}));
var TOVUpdateMode;
(function (TOVUpdateMode) {
    TOVUpdateMode[TOVUpdateMode["Max"] = 0] = "Max";
    TOVUpdateMode[TOVUpdateMode["Top"] = 1] = "Top";
    TOVUpdateMode[TOVUpdateMode["Bottom"] = 2] = "Bottom";
})(TOVUpdateMode || (TOVUpdateMode = {}));
var OCRUpdateMode;
(function (OCRUpdateMode) {
    OCRUpdateMode[OCRUpdateMode["Immediate"] = 0] = "Immediate";
    OCRUpdateMode[OCRUpdateMode["Top"] = 1] = "Top";
    OCRUpdateMode[OCRUpdateMode["Bottom"] = 2] = "Bottom";
})(OCRUpdateMode || (OCRUpdateMode = {}));
const TopOCRA = 1;
const TopICR = 2;
// Enable Toggle mode for OCxA in PWM Wave Generation mode
const OCToggle = 1;
const { Normal, PWMPhaseCorrect, CTC, FastPWM, Reserved, PWMPhaseFrequencyCorrect } = TimerMode;
const wgmModes8Bit = [
    /*0*/ [Normal, 0xff, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*1*/ [PWMPhaseCorrect, 0xff, OCRUpdateMode.Top, TOVUpdateMode.Bottom, 0],
    /*2*/ [CTC, TopOCRA, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*3*/ [FastPWM, 0xff, OCRUpdateMode.Bottom, TOVUpdateMode.Max, 0],
    /*4*/ [Reserved, 0xff, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*5*/ [PWMPhaseCorrect, TopOCRA, OCRUpdateMode.Top, TOVUpdateMode.Bottom, OCToggle],
    /*6*/ [Reserved, 0xff, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*7*/ [FastPWM, TopOCRA, OCRUpdateMode.Bottom, TOVUpdateMode.Top, OCToggle],
];
// Table 16-4 in the datasheet
const wgmModes16Bit = [
    /*0 */ [Normal, 0xffff, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*1 */ [PWMPhaseCorrect, 0x00ff, OCRUpdateMode.Top, TOVUpdateMode.Bottom, 0],
    /*2 */ [PWMPhaseCorrect, 0x01ff, OCRUpdateMode.Top, TOVUpdateMode.Bottom, 0],
    /*3 */ [PWMPhaseCorrect, 0x03ff, OCRUpdateMode.Top, TOVUpdateMode.Bottom, 0],
    /*4 */ [CTC, TopOCRA, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*5 */ [FastPWM, 0x00ff, OCRUpdateMode.Bottom, TOVUpdateMode.Top, 0],
    /*6 */ [FastPWM, 0x01ff, OCRUpdateMode.Bottom, TOVUpdateMode.Top, 0],
    /*7 */ [FastPWM, 0x03ff, OCRUpdateMode.Bottom, TOVUpdateMode.Top, 0],
    /*8 */ [PWMPhaseFrequencyCorrect, TopICR, OCRUpdateMode.Bottom, TOVUpdateMode.Bottom, 0],
    /*9 */ [PWMPhaseFrequencyCorrect, TopOCRA, OCRUpdateMode.Bottom, TOVUpdateMode.Bottom, OCToggle],
    /*10*/ [PWMPhaseCorrect, TopICR, OCRUpdateMode.Top, TOVUpdateMode.Bottom, 0],
    /*11*/ [PWMPhaseCorrect, TopOCRA, OCRUpdateMode.Top, TOVUpdateMode.Bottom, OCToggle],
    /*12*/ [CTC, TopICR, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*13*/ [Reserved, 0xffff, OCRUpdateMode.Immediate, TOVUpdateMode.Max, 0],
    /*14*/ [FastPWM, TopICR, OCRUpdateMode.Bottom, TOVUpdateMode.Top, OCToggle],
    /*15*/ [FastPWM, TopOCRA, OCRUpdateMode.Bottom, TOVUpdateMode.Top, OCToggle],
];
function compToOverride(comp) {
    switch (comp) {
        case 1:
            return gpio_1.PinOverrideMode.Toggle;
        case 2:
            return gpio_1.PinOverrideMode.Clear;
        case 3:
            return gpio_1.PinOverrideMode.Set;
        default:
            return gpio_1.PinOverrideMode.Enable;
    }
}
// Force Output Compare (FOC) bits
const FOCA = 1 << 7;
const FOCB = 1 << 6;
const FOCC = 1 << 5;
class AVRTimer {
    constructor(cpu, config) {
        this.cpu = cpu;
        this.config = config;
        this.MAX = this.config.bits === 16 ? 0xffff : 0xff;
        this.lastCycle = 0;
        this.ocrA = 0;
        this.nextOcrA = 0;
        this.ocrB = 0;
        this.nextOcrB = 0;
        this.hasOCRC = this.config.OCRC > 0;
        this.ocrC = 0;
        this.nextOcrC = 0;
        this.ocrUpdateMode = OCRUpdateMode.Immediate;
        this.tovUpdateMode = TOVUpdateMode.Max;
        this.icr = 0; // only for 16-bit timers
        this.tcnt = 0;
        this.tcntNext = 0;
        this.tcntUpdated = false;
        this.updateDivider = false;
        this.countingUp = true;
        this.divider = 0;
        this.externalClockRisingEdge = false;
        // This is the temporary register used to access 16-bit registers (section 16.3 of the datasheet)
        this.highByteTemp = 0;
        // Interrupts
        this.OVF = {
            address: this.config.ovfInterrupt,
            flagRegister: this.config.TIFR,
            flagMask: this.config.TOV,
            enableRegister: this.config.TIMSK,
            enableMask: this.config.TOIE,
        };
        this.OCFA = {
            address: this.config.compAInterrupt,
            flagRegister: this.config.TIFR,
            flagMask: this.config.OCFA,
            enableRegister: this.config.TIMSK,
            enableMask: this.config.OCIEA,
        };
        this.OCFB = {
            address: this.config.compBInterrupt,
            flagRegister: this.config.TIFR,
            flagMask: this.config.OCFB,
            enableRegister: this.config.TIMSK,
            enableMask: this.config.OCIEB,
        };
        this.OCFC = {
            address: this.config.compCInterrupt,
            flagRegister: this.config.TIFR,
            flagMask: this.config.OCFC,
            enableRegister: this.config.TIMSK,
            enableMask: this.config.OCIEC,
        };
        this.count = (reschedule = true, external = false) => {
            const { divider, lastCycle, cpu } = this;
            const { cycles } = cpu;
            const delta = cycles - lastCycle;
            if ((divider && delta >= divider) || external) {
                const counterDelta = external ? 1 : Math.floor(delta / divider);
                this.lastCycle += counterDelta * divider;
                const val = this.tcnt;
                const { timerMode, TOP } = this;
                const phasePwm = timerMode === PWMPhaseCorrect || timerMode === PWMPhaseFrequencyCorrect;
                const newVal = phasePwm
                    ? this.phasePwmCount(val, counterDelta)
                    : (val + counterDelta) % (TOP + 1);
                const overflow = val + counterDelta > TOP;
                // A CPU write overrides (has priority over) all counter clear or count operations.
                if (!this.tcntUpdated) {
                    this.tcnt = newVal;
                    if (!phasePwm) {
                        this.timerUpdated(newVal, val);
                    }
                }
                if (!phasePwm) {
                    if (timerMode === FastPWM && overflow) {
                        const { compA, compB } = this;
                        if (compA) {
                            this.updateCompPin(compA, 'A', true);
                        }
                        if (compB) {
                            this.updateCompPin(compB, 'B', true);
                        }
                    }
                    if (this.ocrUpdateMode == OCRUpdateMode.Bottom && overflow) {
                        // OCRUpdateMode.Top only occurs in Phase Correct modes, handled by phasePwmCount()
                        this.ocrA = this.nextOcrA;
                        this.ocrB = this.nextOcrB;
                        this.ocrC = this.nextOcrC;
                    }
                    // OCRUpdateMode.Bottom only occurs in Phase Correct modes, handled by phasePwmCount().
                    // Thus we only handle TOVUpdateMode.Top or TOVUpdateMode.Max here.
                    if (overflow && (this.tovUpdateMode == TOVUpdateMode.Top || TOP === this.MAX)) {
                        cpu.setInterruptFlag(this.OVF);
                    }
                }
            }
            if (this.tcntUpdated) {
                this.tcnt = this.tcntNext;
                this.tcntUpdated = false;
                if ((this.tcnt === 0 && this.ocrUpdateMode === OCRUpdateMode.Bottom) ||
                    (this.tcnt === this.TOP && this.ocrUpdateMode === OCRUpdateMode.Top)) {
                    this.ocrA = this.nextOcrA;
                    this.ocrB = this.nextOcrB;
                    this.ocrC = this.nextOcrC;
                }
            }
            if (this.updateDivider) {
                const { CS } = this;
                const { externalClockPin } = this.config;
                const newDivider = this.config.dividers[CS];
                this.lastCycle = newDivider ? this.cpu.cycles : 0;
                this.updateDivider = false;
                this.divider = newDivider;
                if (this.config.externalClockPort && !this.externalClockPort) {
                    this.externalClockPort = this.cpu.gpioByPort[this.config.externalClockPort];
                }
                if (this.externalClockPort) {
                    this.externalClockPort.externalClockListeners[externalClockPin] = null;
                }
                if (newDivider) {
                    cpu.addClockEvent(this.count, this.lastCycle + newDivider - cpu.cycles);
                }
                else if (this.externalClockPort &&
                    (CS === ExternalClockMode.FallingEdge || CS === ExternalClockMode.RisingEdge)) {
                    this.externalClockPort.externalClockListeners[externalClockPin] =
                        this.externalClockCallback;
                    this.externalClockRisingEdge = CS === ExternalClockMode.RisingEdge;
                }
                return;
            }
            if (reschedule && divider) {
                cpu.addClockEvent(this.count, this.lastCycle + divider - cpu.cycles);
            }
        };
        this.externalClockCallback = (value) => {
            if (value === this.externalClockRisingEdge) {
                this.count(false, true);
            }
        };
        this.updateWGMConfig();
        this.cpu.readHooks[config.TCNT] = (addr) => {
            this.count(false);
            if (this.config.bits === 16) {
                this.cpu.data[addr + 1] = this.tcnt >> 8;
            }
            return (this.cpu.data[addr] = this.tcnt & 0xff);
        };
        this.cpu.writeHooks[config.TCNT] = (value) => {
            this.tcntNext = (this.highByteTemp << 8) | value;
            this.countingUp = true;
            this.tcntUpdated = true;
            this.cpu.updateClockEvent(this.count, 0);
            if (this.divider) {
                this.timerUpdated(this.tcntNext, this.tcntNext);
            }
        };
        this.cpu.writeHooks[config.OCRA] = (value) => {
            this.nextOcrA = (this.highByteTemp << 8) | value;
            if (this.ocrUpdateMode === OCRUpdateMode.Immediate) {
                this.ocrA = this.nextOcrA;
            }
        };
        this.cpu.writeHooks[config.OCRB] = (value) => {
            this.nextOcrB = (this.highByteTemp << 8) | value;
            if (this.ocrUpdateMode === OCRUpdateMode.Immediate) {
                this.ocrB = this.nextOcrB;
            }
        };
        if (this.hasOCRC) {
            this.cpu.writeHooks[config.OCRC] = (value) => {
                this.nextOcrC = (this.highByteTemp << 8) | value;
                if (this.ocrUpdateMode === OCRUpdateMode.Immediate) {
                    this.ocrC = this.nextOcrC;
                }
            };
        }
        if (this.config.bits === 16) {
            this.cpu.writeHooks[config.ICR] = (value) => {
                this.icr = (this.highByteTemp << 8) | value;
            };
            const updateTempRegister = (value) => {
                this.highByteTemp = value;
            };
            const updateOCRHighRegister = (value, old, addr) => {
                this.highByteTemp = value & (this.ocrMask >> 8);
                cpu.data[addr] = this.highByteTemp;
                return true;
            };
            this.cpu.writeHooks[config.TCNT + 1] = updateTempRegister;
            this.cpu.writeHooks[config.OCRA + 1] = updateOCRHighRegister;
            this.cpu.writeHooks[config.OCRB + 1] = updateOCRHighRegister;
            if (this.hasOCRC) {
                this.cpu.writeHooks[config.OCRC + 1] = updateOCRHighRegister;
            }
            this.cpu.writeHooks[config.ICR + 1] = updateTempRegister;
        }
        cpu.writeHooks[config.TCCRA] = (value) => {
            this.cpu.data[config.TCCRA] = value;
            this.updateWGMConfig();
            return true;
        };
        cpu.writeHooks[config.TCCRB] = (value) => {
            if (!config.TCCRC) {
                this.checkForceCompare(value);
                value &= ~(FOCA | FOCB);
            }
            this.cpu.data[config.TCCRB] = value;
            this.updateDivider = true;
            this.cpu.clearClockEvent(this.count);
            this.cpu.addClockEvent(this.count, 0);
            this.updateWGMConfig();
            return true;
        };
        if (config.TCCRC) {
            cpu.writeHooks[config.TCCRC] = (value) => {
                this.checkForceCompare(value);
            };
        }
        cpu.writeHooks[config.TIFR] = (value) => {
            this.cpu.data[config.TIFR] = value;
            this.cpu.clearInterruptByFlag(this.OVF, value);
            this.cpu.clearInterruptByFlag(this.OCFA, value);
            this.cpu.clearInterruptByFlag(this.OCFB, value);
            return true;
        };
        cpu.writeHooks[config.TIMSK] = (value) => {
            this.cpu.updateInterruptEnable(this.OVF, value);
            this.cpu.updateInterruptEnable(this.OCFA, value);
            this.cpu.updateInterruptEnable(this.OCFB, value);
        };
    }
    reset() {
        this.divider = 0;
        this.lastCycle = 0;
        this.ocrA = 0;
        this.nextOcrA = 0;
        this.ocrB = 0;
        this.nextOcrB = 0;
        this.ocrC = 0;
        this.nextOcrC = 0;
        this.icr = 0;
        this.tcnt = 0;
        this.tcntNext = 0;
        this.tcntUpdated = false;
        this.countingUp = false;
        this.updateDivider = true;
    }
    get TCCRA() {
        return this.cpu.data[this.config.TCCRA];
    }
    get TCCRB() {
        return this.cpu.data[this.config.TCCRB];
    }
    get TIMSK() {
        return this.cpu.data[this.config.TIMSK];
    }
    get CS() {
        return (this.TCCRB & 0x7);
    }
    get WGM() {
        const mask = this.config.bits === 16 ? 0x18 : 0x8;
        return ((this.TCCRB & mask) >> 1) | (this.TCCRA & 0x3);
    }
    get TOP() {
        switch (this.topValue) {
            case TopOCRA:
                return this.ocrA;
            case TopICR:
                return this.icr;
            default:
                return this.topValue;
        }
    }
    get ocrMask() {
        switch (this.topValue) {
            case TopOCRA:
            case TopICR:
                return 0xffff;
            default:
                return this.topValue;
        }
    }
    /** Expose the raw value of TCNT, for use by the unit tests */
    get debugTCNT() {
        return this.tcnt;
    }
    updateWGMConfig() {
        const { config, WGM } = this;
        const wgmModes = config.bits === 16 ? wgmModes16Bit : wgmModes8Bit;
        const TCCRA = this.cpu.data[config.TCCRA];
        const [timerMode, topValue, ocrUpdateMode, tovUpdateMode, flags] = wgmModes[WGM];
        this.timerMode = timerMode;
        this.topValue = topValue;
        this.ocrUpdateMode = ocrUpdateMode;
        this.tovUpdateMode = tovUpdateMode;
        const pwmMode = timerMode === FastPWM ||
            timerMode === PWMPhaseCorrect ||
            timerMode === PWMPhaseFrequencyCorrect;
        const prevCompA = this.compA;
        this.compA = ((TCCRA >> 6) & 0x3);
        if (this.compA === 1 && pwmMode && !(flags & OCToggle)) {
            this.compA = 0;
        }
        if (!!prevCompA !== !!this.compA) {
            this.updateCompA(this.compA ? gpio_1.PinOverrideMode.Enable : gpio_1.PinOverrideMode.None);
        }
        const prevCompB = this.compB;
        this.compB = ((TCCRA >> 4) & 0x3);
        if (this.compB === 1 && pwmMode) {
            this.compB = 0; // Reserved, according to the datasheet
        }
        if (!!prevCompB !== !!this.compB) {
            this.updateCompB(this.compB ? gpio_1.PinOverrideMode.Enable : gpio_1.PinOverrideMode.None);
        }
        if (this.hasOCRC) {
            const prevCompC = this.compC;
            this.compC = ((TCCRA >> 2) & 0x3);
            if (this.compC === 1 && pwmMode) {
                this.compC = 0; // Reserved, according to the datasheet
            }
            if (!!prevCompC !== !!this.compC) {
                this.updateCompC(this.compC ? gpio_1.PinOverrideMode.Enable : gpio_1.PinOverrideMode.None);
            }
        }
    }
    phasePwmCount(value, delta) {
        const { ocrA, ocrB, ocrC, hasOCRC, TOP, MAX, tcntUpdated } = this;
        if (!value && !TOP) {
            delta = 0;
            if (this.ocrUpdateMode === OCRUpdateMode.Top) {
                this.ocrA = this.nextOcrA;
                this.ocrB = this.nextOcrB;
                this.ocrC = this.nextOcrC;
            }
        }
        while (delta > 0) {
            if (this.countingUp) {
                value++;
                if (value === TOP && !tcntUpdated) {
                    this.countingUp = false;
                    if (this.ocrUpdateMode === OCRUpdateMode.Top) {
                        this.ocrA = this.nextOcrA;
                        this.ocrB = this.nextOcrB;
                        this.ocrC = this.nextOcrC;
                    }
                }
            }
            else {
                value--;
                if (!value && !tcntUpdated) {
                    this.countingUp = true;
                    this.cpu.setInterruptFlag(this.OVF);
                    if (this.ocrUpdateMode === OCRUpdateMode.Bottom) {
                        this.ocrA = this.nextOcrA;
                        this.ocrB = this.nextOcrB;
                        this.ocrC = this.nextOcrC;
                    }
                }
            }
            if (!tcntUpdated) {
                if (value === ocrA) {
                    this.cpu.setInterruptFlag(this.OCFA);
                    if (this.compA) {
                        this.updateCompPin(this.compA, 'A');
                    }
                }
                if (value === ocrB) {
                    this.cpu.setInterruptFlag(this.OCFB);
                    if (this.compB) {
                        this.updateCompPin(this.compB, 'B');
                    }
                }
                if (hasOCRC && value === ocrC) {
                    this.cpu.setInterruptFlag(this.OCFC);
                    if (this.compC) {
                        this.updateCompPin(this.compC, 'C');
                    }
                }
            }
            delta--;
        }
        return value & MAX;
    }
    timerUpdated(value, prevValue) {
        const { ocrA, ocrB, ocrC, hasOCRC } = this;
        const overflow = prevValue > value;
        if (((prevValue < ocrA || overflow) && value >= ocrA) || (prevValue < ocrA && overflow)) {
            this.cpu.setInterruptFlag(this.OCFA);
            if (this.compA) {
                this.updateCompPin(this.compA, 'A');
            }
        }
        if (((prevValue < ocrB || overflow) && value >= ocrB) || (prevValue < ocrB && overflow)) {
            this.cpu.setInterruptFlag(this.OCFB);
            if (this.compB) {
                this.updateCompPin(this.compB, 'B');
            }
        }
        if (hasOCRC &&
            (((prevValue < ocrC || overflow) && value >= ocrC) || (prevValue < ocrC && overflow))) {
            this.cpu.setInterruptFlag(this.OCFC);
            if (this.compC) {
                this.updateCompPin(this.compC, 'C');
            }
        }
    }
    checkForceCompare(value) {
        if (this.timerMode == TimerMode.FastPWM ||
            this.timerMode == TimerMode.PWMPhaseCorrect ||
            this.timerMode == TimerMode.PWMPhaseFrequencyCorrect) {
            // The FOCnA/FOCnB/FOCnC bits are only active when the WGMn3:0 bits specifies a non-PWM mode
            return;
        }
        if (value & FOCA) {
            this.updateCompPin(this.compA, 'A');
        }
        if (value & FOCB) {
            this.updateCompPin(this.compB, 'B');
        }
        if (this.config.compPortC && value & FOCC) {
            this.updateCompPin(this.compC, 'C');
        }
    }
    updateCompPin(compValue, pinName, bottom = false) {
        let newValue = gpio_1.PinOverrideMode.None;
        const invertingMode = compValue === 3;
        const isSet = this.countingUp === invertingMode;
        switch (this.timerMode) {
            case Normal:
            case CTC:
                newValue = compToOverride(compValue);
                break;
            case FastPWM:
                if (compValue === 1) {
                    newValue = bottom ? gpio_1.PinOverrideMode.None : gpio_1.PinOverrideMode.Toggle;
                }
                else {
                    newValue = invertingMode !== bottom ? gpio_1.PinOverrideMode.Set : gpio_1.PinOverrideMode.Clear;
                }
                break;
            case PWMPhaseCorrect:
            case PWMPhaseFrequencyCorrect:
                if (compValue === 1) {
                    newValue = gpio_1.PinOverrideMode.Toggle;
                }
                else {
                    newValue = isSet ? gpio_1.PinOverrideMode.Set : gpio_1.PinOverrideMode.Clear;
                }
                break;
        }
        if (newValue !== gpio_1.PinOverrideMode.None) {
            if (pinName === 'A') {
                this.updateCompA(newValue);
            }
            else if (pinName === 'B') {
                this.updateCompB(newValue);
            }
            else {
                this.updateCompC(newValue);
            }
        }
    }
    updateCompA(value) {
        const { compPortA, compPinA } = this.config;
        const port = this.cpu.gpioByPort[compPortA];
        port === null || port === void 0 ? void 0 : port.timerOverridePin(compPinA, value);
    }
    updateCompB(value) {
        const { compPortB, compPinB } = this.config;
        const port = this.cpu.gpioByPort[compPortB];
        port === null || port === void 0 ? void 0 : port.timerOverridePin(compPinB, value);
    }
    updateCompC(value) {
        const { compPortC, compPinC } = this.config;
        const port = this.cpu.gpioByPort[compPortC];
        port === null || port === void 0 ? void 0 : port.timerOverridePin(compPinC, value);
    }
}
exports.AVRTimer = AVRTimer;


/***/ }),

/***/ 7668:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRTWI = exports.NoopTWIEventHandler = exports.twiConfig = void 0;
/* eslint-disable @typescript-eslint/no-unused-vars */
// Register bits:
const TWCR_TWINT = 0x80; // TWI Interrupt Flag
const TWCR_TWEA = 0x40; // TWI Enable Acknowledge Bit
const TWCR_TWSTA = 0x20; // TWI START Condition Bit
const TWCR_TWSTO = 0x10; // TWI STOP Condition Bit
const TWCR_TWWC = 0x8; //TWI Write Collision Flag
const TWCR_TWEN = 0x4; //  TWI Enable Bit
const TWCR_TWIE = 0x1; // TWI Interrupt Enable
const TWSR_TWS_MASK = 0xf8; // TWI Status
const TWSR_TWPS1 = 0x2; // TWI Prescaler Bits
const TWSR_TWPS0 = 0x1; // TWI Prescaler Bits
const TWSR_TWPS_MASK = TWSR_TWPS1 | TWSR_TWPS0; // TWI Prescaler mask
const TWAR_TWA_MASK = 0xfe; //  TWI (Slave) Address Register
const TWAR_TWGCE = 0x1; // TWI General Call Recognition Enable Bit
const STATUS_BUS_ERROR = 0x0;
const STATUS_TWI_IDLE = 0xf8;
// Master states
const STATUS_START = 0x08;
const STATUS_REPEATED_START = 0x10;
const STATUS_SLAW_ACK = 0x18;
const STATUS_SLAW_NACK = 0x20;
const STATUS_DATA_SENT_ACK = 0x28;
const STATUS_DATA_SENT_NACK = 0x30;
const STATUS_DATA_LOST_ARBITRATION = 0x38;
const STATUS_SLAR_ACK = 0x40;
const STATUS_SLAR_NACK = 0x48;
const STATUS_DATA_RECEIVED_ACK = 0x50;
const STATUS_DATA_RECEIVED_NACK = 0x58;
// TODO: add slave states
/* eslint-enable @typescript-eslint/no-unused-vars */
exports.twiConfig = {
    twiInterrupt: 0x30,
    TWBR: 0xb8,
    TWSR: 0xb9,
    TWAR: 0xba,
    TWDR: 0xbb,
    TWCR: 0xbc,
    TWAMR: 0xbd,
};
// A simple TWI Event Handler that sends a NACK for all events
class NoopTWIEventHandler {
    constructor(twi) {
        this.twi = twi;
    }
    start() {
        this.twi.completeStart();
    }
    stop() {
        this.twi.completeStop();
    }
    connectToSlave() {
        this.twi.completeConnect(false);
    }
    writeByte() {
        this.twi.completeWrite(false);
    }
    readByte() {
        this.twi.completeRead(0xff);
    }
}
exports.NoopTWIEventHandler = NoopTWIEventHandler;
class AVRTWI {
    constructor(cpu, config, freqHz) {
        this.cpu = cpu;
        this.config = config;
        this.freqHz = freqHz;
        this.eventHandler = new NoopTWIEventHandler(this);
        this.busy = false;
        // Interrupts
        this.TWI = {
            address: this.config.twiInterrupt,
            flagRegister: this.config.TWCR,
            flagMask: TWCR_TWINT,
            enableRegister: this.config.TWCR,
            enableMask: TWCR_TWIE,
        };
        this.updateStatus(STATUS_TWI_IDLE);
        this.cpu.writeHooks[config.TWCR] = (value) => {
            this.cpu.data[config.TWCR] = value;
            const clearInt = value & TWCR_TWINT;
            this.cpu.clearInterruptByFlag(this.TWI, value);
            this.cpu.updateInterruptEnable(this.TWI, value);
            const { status } = this;
            if (clearInt && value & TWCR_TWEN && !this.busy) {
                const twdrValue = this.cpu.data[this.config.TWDR];
                this.cpu.addClockEvent(() => {
                    if (value & TWCR_TWSTA) {
                        this.busy = true;
                        this.eventHandler.start(status !== STATUS_TWI_IDLE);
                    }
                    else if (value & TWCR_TWSTO) {
                        this.busy = true;
                        this.eventHandler.stop();
                    }
                    else if (status === STATUS_START || status === STATUS_REPEATED_START) {
                        this.busy = true;
                        this.eventHandler.connectToSlave(twdrValue >> 1, twdrValue & 0x1 ? false : true);
                    }
                    else if (status === STATUS_SLAW_ACK || status === STATUS_DATA_SENT_ACK) {
                        this.busy = true;
                        this.eventHandler.writeByte(twdrValue);
                    }
                    else if (status === STATUS_SLAR_ACK || status === STATUS_DATA_RECEIVED_ACK) {
                        this.busy = true;
                        const ack = !!(value & TWCR_TWEA);
                        this.eventHandler.readByte(ack);
                    }
                }, 0);
                return true;
            }
        };
    }
    get prescaler() {
        switch (this.cpu.data[this.config.TWSR] & TWSR_TWPS_MASK) {
            case 0:
                return 1;
            case 1:
                return 4;
            case 2:
                return 16;
            case 3:
                return 64;
        }
        // We should never get here:
        throw new Error('Invalid prescaler value!');
    }
    get sclFrequency() {
        return this.freqHz / (16 + 2 * this.cpu.data[this.config.TWBR] * this.prescaler);
    }
    completeStart() {
        this.busy = false;
        this.updateStatus(this.status === STATUS_TWI_IDLE ? STATUS_START : STATUS_REPEATED_START);
    }
    completeStop() {
        this.busy = false;
        this.cpu.data[this.config.TWCR] &= ~TWCR_TWSTO;
        this.updateStatus(STATUS_TWI_IDLE);
    }
    completeConnect(ack) {
        this.busy = false;
        if (this.cpu.data[this.config.TWDR] & 0x1) {
            this.updateStatus(ack ? STATUS_SLAR_ACK : STATUS_SLAR_NACK);
        }
        else {
            this.updateStatus(ack ? STATUS_SLAW_ACK : STATUS_SLAW_NACK);
        }
    }
    completeWrite(ack) {
        this.busy = false;
        this.updateStatus(ack ? STATUS_DATA_SENT_ACK : STATUS_DATA_SENT_NACK);
    }
    completeRead(value) {
        this.busy = false;
        const ack = !!(this.cpu.data[this.config.TWCR] & TWCR_TWEA);
        this.cpu.data[this.config.TWDR] = value;
        this.updateStatus(ack ? STATUS_DATA_RECEIVED_ACK : STATUS_DATA_RECEIVED_NACK);
    }
    get status() {
        return this.cpu.data[this.config.TWSR] & TWSR_TWS_MASK;
    }
    updateStatus(value) {
        const { TWSR } = this.config;
        this.cpu.data[TWSR] = (this.cpu.data[TWSR] & ~TWSR_TWS_MASK) | value;
        this.cpu.setInterruptFlag(this.TWI);
    }
}
exports.AVRTWI = AVRTWI;


/***/ }),

/***/ 1633:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRUSART = exports.usart0Config = void 0;
exports.usart0Config = {
    rxCompleteInterrupt: 0x24,
    dataRegisterEmptyInterrupt: 0x26,
    txCompleteInterrupt: 0x28,
    UCSRA: 0xc0,
    UCSRB: 0xc1,
    UCSRC: 0xc2,
    UBRRL: 0xc4,
    UBRRH: 0xc5,
    UDR: 0xc6,
};
/* eslint-disable @typescript-eslint/no-unused-vars */
// Register bits:
const UCSRA_RXC = 0x80; // USART Receive Complete
const UCSRA_TXC = 0x40; // USART Transmit Complete
const UCSRA_UDRE = 0x20; // USART Data Register Empty
const UCSRA_FE = 0x10; // Frame Error
const UCSRA_DOR = 0x8; // Data OverRun
const UCSRA_UPE = 0x4; // USART Parity Error
const UCSRA_U2X = 0x2; // Double the USART Transmission Speed
const UCSRA_MPCM = 0x1; // Multi-processor Communication Mode
const UCSRA_CFG_MASK = UCSRA_U2X;
const UCSRB_RXCIE = 0x80; // RX Complete Interrupt Enable
const UCSRB_TXCIE = 0x40; // TX Complete Interrupt Enable
const UCSRB_UDRIE = 0x20; // USART Data Register Empty Interrupt Enable
const UCSRB_RXEN = 0x10; // Receiver Enable
const UCSRB_TXEN = 0x8; // Transmitter Enable
const UCSRB_UCSZ2 = 0x4; // Character Size 2
const UCSRB_RXB8 = 0x2; // Receive Data Bit 8
const UCSRB_TXB8 = 0x1; // Transmit Data Bit 8
const UCSRB_CFG_MASK = UCSRB_UCSZ2 | UCSRB_RXEN | UCSRB_TXEN;
const UCSRC_UMSEL1 = 0x80; // USART Mode Select 1
const UCSRC_UMSEL0 = 0x40; // USART Mode Select 0
const UCSRC_UPM1 = 0x20; // Parity Mode 1
const UCSRC_UPM0 = 0x10; // Parity Mode 0
const UCSRC_USBS = 0x8; // Stop Bit Select
const UCSRC_UCSZ1 = 0x4; // Character Size 1
const UCSRC_UCSZ0 = 0x2; // Character Size 0
const UCSRC_UCPOL = 0x1; // Clock Polarity
/* eslint-enable @typescript-eslint/no-unused-vars */
const rxMasks = {
    5: 0x1f,
    6: 0x3f,
    7: 0x7f,
    8: 0xff,
    9: 0xff,
};
class AVRUSART {
    constructor(cpu, config, freqHz) {
        this.cpu = cpu;
        this.config = config;
        this.freqHz = freqHz;
        this.onByteTransmit = null;
        this.onLineTransmit = null;
        this.onRxComplete = null;
        this.onConfigurationChange = null;
        this.rxBusyValue = false;
        this.rxByte = 0;
        this.lineBuffer = '';
        // Interrupts
        this.RXC = {
            address: this.config.rxCompleteInterrupt,
            flagRegister: this.config.UCSRA,
            flagMask: UCSRA_RXC,
            enableRegister: this.config.UCSRB,
            enableMask: UCSRB_RXCIE,
            constant: true,
        };
        this.UDRE = {
            address: this.config.dataRegisterEmptyInterrupt,
            flagRegister: this.config.UCSRA,
            flagMask: UCSRA_UDRE,
            enableRegister: this.config.UCSRB,
            enableMask: UCSRB_UDRIE,
        };
        this.TXC = {
            address: this.config.txCompleteInterrupt,
            flagRegister: this.config.UCSRA,
            flagMask: UCSRA_TXC,
            enableRegister: this.config.UCSRB,
            enableMask: UCSRB_TXCIE,
        };
        this.reset();
        this.cpu.writeHooks[config.UCSRA] = (value, oldValue) => {
            var _a;
            cpu.data[config.UCSRA] = value & (UCSRA_MPCM | UCSRA_U2X);
            cpu.clearInterruptByFlag(this.TXC, value);
            if ((value & UCSRA_CFG_MASK) !== (oldValue & UCSRA_CFG_MASK)) {
                (_a = this.onConfigurationChange) === null || _a === void 0 ? void 0 : _a.call(this);
            }
            return true;
        };
        this.cpu.writeHooks[config.UCSRB] = (value, oldValue) => {
            var _a;
            cpu.updateInterruptEnable(this.RXC, value);
            cpu.updateInterruptEnable(this.UDRE, value);
            cpu.updateInterruptEnable(this.TXC, value);
            if (value & UCSRB_RXEN && oldValue & UCSRB_RXEN) {
                cpu.clearInterrupt(this.RXC);
            }
            if (value & UCSRB_TXEN && !(oldValue & UCSRB_TXEN)) {
                // Enabling the transmission - mark UDR as empty
                cpu.setInterruptFlag(this.UDRE);
            }
            cpu.data[config.UCSRB] = value;
            if ((value & UCSRB_CFG_MASK) !== (oldValue & UCSRB_CFG_MASK)) {
                (_a = this.onConfigurationChange) === null || _a === void 0 ? void 0 : _a.call(this);
            }
            return true;
        };
        this.cpu.writeHooks[config.UCSRC] = (value) => {
            var _a;
            cpu.data[config.UCSRC] = value;
            (_a = this.onConfigurationChange) === null || _a === void 0 ? void 0 : _a.call(this);
            return true;
        };
        this.cpu.readHooks[config.UDR] = () => {
            var _a;
            const mask = (_a = rxMasks[this.bitsPerChar]) !== null && _a !== void 0 ? _a : 0xff;
            const result = this.rxByte & mask;
            this.rxByte = 0;
            this.cpu.clearInterrupt(this.RXC);
            return result;
        };
        this.cpu.writeHooks[config.UDR] = (value) => {
            if (this.onByteTransmit) {
                this.onByteTransmit(value);
            }
            if (this.onLineTransmit) {
                const ch = String.fromCharCode(value);
                if (ch === '\n') {
                    this.onLineTransmit(this.lineBuffer);
                    this.lineBuffer = '';
                }
                else {
                    this.lineBuffer += ch;
                }
            }
            this.cpu.addClockEvent(() => {
                cpu.setInterruptFlag(this.UDRE);
                cpu.setInterruptFlag(this.TXC);
            }, this.cyclesPerChar);
            this.cpu.clearInterrupt(this.TXC);
            this.cpu.clearInterrupt(this.UDRE);
        };
        this.cpu.writeHooks[config.UBRRH] = (value) => {
            var _a;
            this.cpu.data[config.UBRRH] = value;
            (_a = this.onConfigurationChange) === null || _a === void 0 ? void 0 : _a.call(this);
            return true;
        };
        this.cpu.writeHooks[config.UBRRL] = (value) => {
            var _a;
            this.cpu.data[config.UBRRL] = value;
            (_a = this.onConfigurationChange) === null || _a === void 0 ? void 0 : _a.call(this);
            return true;
        };
    }
    reset() {
        this.cpu.data[this.config.UCSRA] = UCSRA_UDRE;
        this.cpu.data[this.config.UCSRB] = 0;
        this.cpu.data[this.config.UCSRC] = UCSRC_UCSZ1 | UCSRC_UCSZ0; // default: 8 bits per byte
        this.rxBusyValue = false;
        this.rxByte = 0;
        this.lineBuffer = '';
    }
    get rxBusy() {
        return this.rxBusyValue;
    }
    writeByte(value, immediate = false) {
        var _a;
        const { cpu } = this;
        if (this.rxBusyValue || !this.rxEnable) {
            return false;
        }
        if (immediate) {
            this.rxByte = value;
            cpu.setInterruptFlag(this.RXC);
            (_a = this.onRxComplete) === null || _a === void 0 ? void 0 : _a.call(this);
        }
        else {
            this.rxBusyValue = true;
            cpu.addClockEvent(() => {
                this.rxBusyValue = false;
                this.writeByte(value, true);
            }, this.cyclesPerChar);
            return true;
        }
    }
    get cyclesPerChar() {
        const symbolsPerChar = 1 + this.bitsPerChar + this.stopBits + (this.parityEnabled ? 1 : 0);
        return (this.UBRR + 1) * this.multiplier * symbolsPerChar;
    }
    get UBRR() {
        const { UBRRH, UBRRL } = this.config;
        return (this.cpu.data[UBRRH] << 8) | this.cpu.data[UBRRL];
    }
    get multiplier() {
        return this.cpu.data[this.config.UCSRA] & UCSRA_U2X ? 8 : 16;
    }
    get rxEnable() {
        return !!(this.cpu.data[this.config.UCSRB] & UCSRB_RXEN);
    }
    get txEnable() {
        return !!(this.cpu.data[this.config.UCSRB] & UCSRB_TXEN);
    }
    get baudRate() {
        return Math.floor(this.freqHz / (this.multiplier * (1 + this.UBRR)));
    }
    get bitsPerChar() {
        const ucsz = ((this.cpu.data[this.config.UCSRC] & (UCSRC_UCSZ1 | UCSRC_UCSZ0)) >> 1) |
            (this.cpu.data[this.config.UCSRB] & UCSRB_UCSZ2);
        switch (ucsz) {
            case 0:
                return 5;
            case 1:
                return 6;
            case 2:
                return 7;
            case 3:
                return 8;
            default: // 4..6 are reserved
            case 7:
                return 9;
        }
    }
    get stopBits() {
        return this.cpu.data[this.config.UCSRC] & UCSRC_USBS ? 2 : 1;
    }
    get parityEnabled() {
        return this.cpu.data[this.config.UCSRC] & UCSRC_UPM1 ? true : false;
    }
    get parityOdd() {
        return this.cpu.data[this.config.UCSRC] & UCSRC_UPM0 ? true : false;
    }
}
exports.AVRUSART = AVRUSART;


/***/ }),

/***/ 2719:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRUSI = void 0;
const USICR = 0x2d;
const USISR = 0x2e;
const USIDR = 0x2f;
const USIBR = 0x30;
// USISR bits
const USICNT_MASK = 0xf;
const USIDC = 1 << 4;
const USIPF = 1 << 5;
const USIOIF = 1 << 6;
const USISIF = 1 << 7;
// USICR bits
const USITC = 1 << 0;
const USICLK = 1 << 1;
const USICS0 = 1 << 2;
const USICS1 = 1 << 3;
const USIWM0 = 1 << 4;
const USIWM1 = 1 << 5;
const USIOIE = 1 << 6;
const USISIE = 1 << 7;
class AVRUSI {
    constructor(cpu, port, portPin, dataPin, clockPin) {
        // Interrupts
        this.START = {
            address: 0xd,
            flagRegister: USISR,
            flagMask: USISIF,
            enableRegister: USICR,
            enableMask: USISIE,
        };
        this.OVF = {
            address: 0xe,
            flagRegister: USISR,
            flagMask: USIOIF,
            enableRegister: USICR,
            enableMask: USIOIE,
        };
        const PIN = portPin;
        const PORT = PIN + 2;
        port.addListener((value) => {
            const twoWire = (cpu.data[USICR] & USIWM1) === USIWM1;
            if (twoWire) {
                if (value & (1 << clockPin) && !(value & (1 << dataPin))) {
                    // Start condition detected
                    cpu.setInterruptFlag(this.START);
                }
                if (value & (1 << clockPin) && value & (1 << dataPin)) {
                    // Stop condition detected
                    cpu.data[USISR] |= USIPF;
                }
            }
        });
        const updateOutput = () => {
            const oldValue = cpu.data[PORT];
            const newValue = cpu.data[USIDR] & 0x80 ? oldValue | (1 << dataPin) : oldValue & ~(1 << dataPin);
            cpu.writeHooks[PORT](newValue, oldValue, PORT, 0xff);
            if (newValue & 0x80 && !(cpu.data[PIN] & 0x80)) {
                cpu.data[USISR] |= USIDC; // Shout output HIGH (pulled-up), but input is LOW
            }
            else {
                cpu.data[USISR] &= ~USIDC;
            }
        };
        const count = () => {
            const counter = (cpu.data[USISR] + 1) & USICNT_MASK;
            cpu.data[USISR] = (cpu.data[USISR] & ~USICNT_MASK) | counter;
            if (!counter) {
                cpu.data[USIBR] = cpu.data[USIDR];
                cpu.setInterruptFlag(this.OVF);
            }
        };
        const shift = (inputValue) => {
            cpu.data[USIDR] = (cpu.data[USIDR] << 1) | inputValue;
            updateOutput();
        };
        cpu.writeHooks[USIDR] = (value) => {
            cpu.data[USIDR] = value;
            updateOutput();
            return true;
        };
        cpu.writeHooks[USISR] = (value) => {
            const writeClearMask = USISIF | USIOIF | USIPF;
            cpu.data[USISR] = (cpu.data[USISR] & writeClearMask & ~value) | (value & 0xf);
            cpu.clearInterruptByFlag(this.START, value);
            cpu.clearInterruptByFlag(this.OVF, value);
            return true;
        };
        cpu.writeHooks[USICR] = (value) => {
            cpu.data[USICR] = value & ~(USICLK | USITC);
            cpu.updateInterruptEnable(this.START, value);
            cpu.updateInterruptEnable(this.OVF, value);
            const clockSrc = value & ((USICS1 | USICS0) >> 2);
            const mode = value & ((USIWM1 | USIWM0) >> 4);
            const usiClk = value & USICLK;
            port.openCollector = mode >= 2 ? 1 << dataPin : 0;
            const inputValue = cpu.data[PIN] & (1 << dataPin) ? 1 : 0;
            if (usiClk && !clockSrc) {
                shift(inputValue);
                count();
            }
            if (value & USITC) {
                cpu.writeHooks[PIN](1 << clockPin, cpu.data[PIN], PIN, 0xff);
                const newValue = cpu.data[PIN] & (1 << clockPin);
                if (usiClk && (clockSrc === 2 || clockSrc === 3)) {
                    if (clockSrc === 2 && newValue) {
                        shift(inputValue);
                    }
                    if (clockSrc === 3 && !newValue) {
                        shift(inputValue);
                    }
                    count();
                }
                return true;
            }
        };
    }
}
exports.AVRUSI = AVRUSI;


/***/ }),

/***/ 4157:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// SPDX-License-Identifier: MIT
// Copyright (c) Uri Shaked and contributors
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AVRWatchdog = exports.watchdogConfig = void 0;
// Register bits:
const MCUSR_WDRF = 0x8; //  Watchdog System Reset Flag
const WDTCSR_WDIF = 0x80;
const WDTCSR_WDIE = 0x40;
const WDTCSR_WDP3 = 0x20;
const WDTCSR_WDCE = 0x10; // Watchdog Change Enable
const WDTCSR_WDE = 0x8;
const WDTCSR_WDP2 = 0x4;
const WDTCSR_WDP1 = 0x2;
const WDTCSR_WDP0 = 0x1;
const WDTCSR_WDP210 = WDTCSR_WDP2 | WDTCSR_WDP1 | WDTCSR_WDP0;
const WDTCSR_PROTECT_MASK = WDTCSR_WDE | WDTCSR_WDP3 | WDTCSR_WDP210;
exports.watchdogConfig = {
    watchdogInterrupt: 0x0c,
    MCUSR: 0x54,
    WDTCSR: 0x60,
};
class AVRWatchdog {
    constructor(cpu, config, clock) {
        this.cpu = cpu;
        this.config = config;
        this.clock = clock;
        this.clockFrequency = 128000;
        /**
         * Used to keep track on the last write to WDCE. Once written, the WDE/WDP* bits can be changed.
         */
        this.changeEnabledCycles = 0;
        this.watchdogTimeout = 0;
        this.enabledValue = false;
        this.scheduled = false;
        // Interrupts
        this.Watchdog = {
            address: this.config.watchdogInterrupt,
            flagRegister: this.config.WDTCSR,
            flagMask: WDTCSR_WDIF,
            enableRegister: this.config.WDTCSR,
            enableMask: WDTCSR_WDIE,
        };
        this.checkWatchdog = () => {
            if (this.enabled && this.cpu.cycles >= this.watchdogTimeout) {
                // Watchdog timed out!
                const wdtcsr = this.cpu.data[this.config.WDTCSR];
                if (wdtcsr & WDTCSR_WDIE) {
                    this.cpu.setInterruptFlag(this.Watchdog);
                }
                if (wdtcsr & WDTCSR_WDE) {
                    if (wdtcsr & WDTCSR_WDIE) {
                        this.cpu.data[this.config.WDTCSR] &= ~WDTCSR_WDIE;
                    }
                    else {
                        this.cpu.reset();
                        this.scheduled = false;
                        this.cpu.data[this.config.MCUSR] |= MCUSR_WDRF;
                        return;
                    }
                }
                this.resetWatchdog();
            }
            if (this.enabled) {
                this.scheduled = true;
                this.cpu.addClockEvent(this.checkWatchdog, this.watchdogTimeout - this.cpu.cycles);
            }
            else {
                this.scheduled = false;
            }
        };
        const { WDTCSR } = config;
        this.cpu.onWatchdogReset = () => {
            this.resetWatchdog();
        };
        cpu.writeHooks[WDTCSR] = (value, oldValue) => {
            if (value & WDTCSR_WDCE && value & WDTCSR_WDE) {
                this.changeEnabledCycles = this.cpu.cycles + 4;
                value = value & ~WDTCSR_PROTECT_MASK;
            }
            else {
                if (this.cpu.cycles >= this.changeEnabledCycles) {
                    value = (value & ~WDTCSR_PROTECT_MASK) | (oldValue & WDTCSR_PROTECT_MASK);
                }
                this.enabledValue = !!(value & WDTCSR_WDE || value & WDTCSR_WDIE);
                this.cpu.data[WDTCSR] = value;
            }
            if (this.enabled) {
                this.resetWatchdog();
            }
            if (this.enabled && !this.scheduled) {
                this.cpu.addClockEvent(this.checkWatchdog, this.watchdogTimeout - this.cpu.cycles);
            }
            this.cpu.clearInterruptByFlag(this.Watchdog, value);
            return true;
        };
    }
    resetWatchdog() {
        const cycles = Math.floor((this.clock.frequency / this.clockFrequency) * this.prescaler);
        this.watchdogTimeout = this.cpu.cycles + cycles;
    }
    get enabled() {
        return this.enabledValue;
    }
    /**
     * The base clock frequency is 128KHz. Thus, a prescaler of 2048 gives 16ms timeout.
     */
    get prescaler() {
        const wdtcsr = this.cpu.data[this.config.WDTCSR];
        const value = ((wdtcsr & WDTCSR_WDP3) >> 2) | (wdtcsr & WDTCSR_WDP210);
        return 2048 << value;
    }
}
exports.AVRWatchdog = AVRWatchdog;


/***/ }),

/***/ 6110:
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

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(5108);
}


/***/ }),

/***/ 5108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

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

/***/ 5668:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const runtimeRequire =  true ? eval("require") : 0 // eslint-disable-line
if (typeof runtimeRequire.addon === 'function') { // if the platform supports native resolving prefer that
  module.exports = runtimeRequire.addon.bind(runtimeRequire)
} else { // else use the runtime version here
  module.exports = __nccwpck_require__(5110)
}


/***/ }),

/***/ 5110:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896)
var path = __nccwpck_require__(6928)
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

/***/ 8740:
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
__exportStar(__nccwpck_require__(8688), exports);
__exportStar(__nccwpck_require__(6431), exports);
__exportStar(__nccwpck_require__(876), exports);
__exportStar(__nccwpck_require__(5628), exports);
__exportStar(__nccwpck_require__(9910), exports);
__exportStar(__nccwpck_require__(713), exports);
__exportStar(__nccwpck_require__(9106), exports);
__exportStar(__nccwpck_require__(6262), exports);
__exportStar(__nccwpck_require__(458), exports);
__exportStar(__nccwpck_require__(7269), exports);
__exportStar(__nccwpck_require__(9924), exports);
__exportStar(__nccwpck_require__(4913), exports);


/***/ }),

/***/ 9924:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SerialPortMock = void 0;
const stream_1 = __nccwpck_require__(9765);
const binding_mock_1 = __nccwpck_require__(8151);
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

/***/ 4913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SerialPort = void 0;
const stream_1 = __nccwpck_require__(9765);
const bindings_cpp_1 = __nccwpck_require__(6707);
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

/***/ 5317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 2018:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 9023:
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
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./src/capabilities/context.ts

/** Where port locks live unless BOARDLINE_LOCK_DIR says otherwise: the FHS lock directory. */
const defaultLockDir = '/var/lock';
/**
 * The directories of a FaceContext, from the environment the face was started in (passed in: the
 * core reads no environment itself). BOARDLINE_LOCK_DIR moves the locks, e.g. to a directory
 * mounted into every job container of a Pi runner; BOARDLINE_STATE_DIR moves where virtual
 * boards are found (by default $XDG_RUNTIME_DIR/boardline, or boardline-<uid> in the temp dir).
 */
function contextDirectories(env, system) {
    const given = (name) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
    const runtimeDir = given('XDG_RUNTIME_DIR');
    return {
        tempDir: given('RUNNER_TEMP') ?? system.tempDir,
        lockDir: given('BOARDLINE_LOCK_DIR') ?? defaultLockDir,
        stateDir: given('BOARDLINE_STATE_DIR') ??
            (runtimeDir === undefined ? (0,external_node_path_namespaceObject.join)(system.tempDir, `boardline-${system.uid}`) : (0,external_node_path_namespaceObject.join)(runtimeDir, 'boardline')),
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: ./src/process/run-tool.ts


/**
 * Runs an external tool (avrdude, arduino-cli) from an argument array — never through a shell —
 * streaming its output into the log line by line, within a deadline and the job's cancellation.
 */
async function runTool(command, args, io, options) {
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const lines = [];
    const onChunk = (chunk) => {
        const text = chunk.toString('utf8');
        output += text;
        for (const line of text.split(/\r?\n|\r/)) {
            if (line.trim() === '')
                continue;
            io.info(`  ${line}`);
            lines.push(line);
            if (lines.length > 20)
                lines.shift();
        }
    };
    child.stdout.on('data', onChunk);
    child.stderr.on('data', onChunk);
    const kill = () => {
        child.kill('SIGTERM');
    };
    const timer = setTimeout(kill, options.timeoutMs);
    io.signal.addEventListener('abort', kill, { once: true });
    try {
        const exitCode = await new Promise((resolve, reject) => {
            child.once('error', (error) => {
                if (error.code === 'ENOENT') {
                    reject(new BoardlineError('usage', `${command} is not installed (not found on PATH)`, {
                        hint: `Fix: ${options.installHint}`,
                        cause: error,
                    }));
                }
                else
                    reject(error);
            });
            child.once('close', (code, signal) => resolve(signal === null ? code : null));
        });
        if (exitCode === null && !io.signal.aborted) {
            throw new BoardlineError('timeout', `${command} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`, {
                details: lines.join('\n'),
            });
        }
        return { exitCode, output, lastLines: lines };
    }
    finally {
        clearTimeout(timer);
        io.signal.removeEventListener('abort', kill);
    }
}

;// CONCATENATED MODULE: ./src/flash/arduino-cli-backend.ts


/**
 * The arduino-cli upload command line: the board's own upload tool (esptool for ESP8266/ESP32,
 * bossac for SAMD, avrdude for AVR) as the platform configures it. The firmware's directory is
 * the input directory, as compile-sketch (or arduino-cli compile --output-dir) leaves it.
 */
function arduinoCliArguments(port, fqbn, firmwarePath, givenDirectory, verify) {
    const input = givenDirectory ? ['--input-dir', firmwarePath] : ['--input-file', firmwarePath];
    return ['upload', '-p', port, '--fqbn', fqbn, ...input, ...(verify ? ['--verify'] : [])];
}
async function flashWithArduinoCli(args, io, timeoutMs) {
    io.info(`arduino-cli ${args.join(' ')}`);
    const run = await runTool('arduino-cli', args, io, {
        timeoutMs,
        installHint: 'run the setup-arduino-cli action (or install arduino-cli) before flash-serial',
    });
    if (run.exitCode !== 0) {
        const reason = run.lastLines.filter((line) => /error|failed|fatal/i.test(line)).pop() ?? run.lastLines[run.lastLines.length - 1] ?? '';
        throw new BoardlineError('failed', `arduino-cli upload failed (exit code ${String(run.exitCode)}): ${reason}`, {
            hint: /no such file|not found|cannot open|could not open/i.test(run.output)
                ? 'Fix: the port is wrong or busy; check the board is connected'
                : /platform not installed|unknown fqbn|invalid fqbn/i.test(run.output)
                    ? 'Fix: install the board platform (setup-arduino-cli platforms) and check fqbn'
                    : 'Fix: see the arduino-cli output above',
            details: run.lastLines.join('\n'),
        });
    }
}

;// CONCATENATED MODULE: ./src/flash/avr-boards.ts
const atmega328pOptiboot = {
    name: 'ATmega328P (optiboot)',
    part: 'm328p',
    signature: [0x1e, 0x95, 0x0f],
    flashBytes: 32768,
    bootloaderBytes: 512,
    pageBytes: 128,
    baud: 115200,
};
const atmega328pOldBootloader = { ...atmega328pOptiboot, name: 'ATmega328P (ATmegaBOOT)', bootloaderBytes: 2048, baud: 57600 };
const atmega168 = {
    name: 'ATmega168 (ATmegaBOOT)',
    part: 'm168',
    signature: [0x1e, 0x94, 0x06],
    flashBytes: 16384,
    bootloaderBytes: 2048,
    pageBytes: 128,
    baud: 19200,
};
/**
 * The AVR boards of the arduino:avr platform that use STK500v1 ("upload.protocol=arduino" in its
 * boards.txt), by FQBN; a menu option (cpu=…) picks the variant. Their upload speeds and maximum
 * sizes are the platform's.
 */
const avrBoards = {
    'arduino:avr:uno': atmega328pOptiboot,
    'arduino:avr:nano': atmega328pOptiboot,
    'arduino:avr:nano:cpu=atmega328': atmega328pOptiboot,
    'arduino:avr:nano:cpu=atmega328old': atmega328pOldBootloader,
    'arduino:avr:nano:cpu=atmega168': { ...atmega168 },
    'arduino:avr:pro': { ...atmega328pOldBootloader, name: 'Pro Mini ATmega328P 5V (ATmegaBOOT)' },
    'arduino:avr:pro:cpu=16MHzatmega328': { ...atmega328pOldBootloader, name: 'Pro Mini ATmega328P 5V (ATmegaBOOT)' },
    'arduino:avr:diecimila': atmega328pOldBootloader,
    'arduino:avr:diecimila:cpu=atmega328': atmega328pOldBootloader,
    'arduino:avr:diecimila:cpu=atmega168': atmega168,
};
function avrTargetFor(fqbn) {
    return avrBoards[fqbn];
}
/** The board a virtual board emulates: an Uno. */
const virtualUnoTarget = atmega328pOptiboot;
function formatSignature(signature) {
    return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

;// CONCATENATED MODULE: ./src/flash/avrdude-backend.ts


/** avrdude's file format letter for each firmware format. */
const formats = { hex: 'i', elf: 'e', bin: 'r' };
/**
 * The avrdude command line for an Arduino bootloader: the arduino programmer (STK500v1), -D
 * because serial bootloaders cannot chip-erase (each page is erased as it is written, as the
 * Arduino IDE does it), -V when verify is off, then the user's extra arguments.
 */
function avrdudeArguments(target, port, baud, firmware, verify, extra) {
    if (firmware.format === 'bin' && firmware.image.start !== 0) {
        throw new BoardlineError('usage', 'Input "offset": avrdude writes raw binaries at address 0 only', {
            hint: 'Fix: give a .hex, or use protocol stk500v1',
        });
    }
    return [
        '-p',
        target.part,
        '-c',
        'arduino',
        '-P',
        port,
        '-b',
        String(baud),
        '-D',
        ...(verify ? [] : ['-V']),
        '-U',
        `flash:w:${firmware.path}:${formats[firmware.format]}`,
        ...extra,
    ];
}
async function flashWithAvrdude(args, io, timeoutMs) {
    io.info(`avrdude ${args.join(' ')}`);
    const run = await runTool('avrdude', args, io, { timeoutMs, installHint: 'apt-get install avrdude' });
    if (run.exitCode !== 0) {
        throw new BoardlineError('failed', `avrdude failed (exit code ${String(run.exitCode)}): ${run.lastLines.filter((line) => /error/i.test(line)).pop() ?? run.lastLines[run.lastLines.length - 1] ?? ''}`, {
            hint: 'Fix: see avrdude output above; check port, fqbn and baud',
            details: run.lastLines.join('\n'),
        });
    }
    const written = /(\d+) bytes of flash written/.exec(run.output);
    return { verified: /bytes of flash verified/.test(run.output), bytes: written === null ? 0 : Number(written[1]) };
}

;// CONCATENATED MODULE: ./src/flash/elf.ts

/** AVR ELF files address RAM from 0x800000 and EEPROM from 0x810000; flash is below. */
const avrRamBase = 0x800000;
/**
 * The flash image an ELF file describes: its PT_LOAD segments at their physical (load) addresses,
 * as avr-objcopy -O ihex would write them (the .data initialisers land after .text). Segments
 * addressed to RAM or EEPROM are not flash and are left out.
 */
function parseElf(bytes, source) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const bad = (problem) => new BoardlineError('usage', `${source} is not a usable ELF file: ${problem}`, {
        hint: 'Fix: give the .elf the compiler produced, or its .hex',
    });
    if (bytes.length < 52 || view.getUint32(0) !== 0x7f454c46)
        throw bad('no ELF header');
    if (bytes[4] !== 1)
        throw bad('only 32-bit ELF files hold AVR firmware');
    const little = bytes[5] === 1;
    const programHeaders = view.getUint32(28, little);
    const entrySize = view.getUint16(42, little);
    const count = view.getUint16(44, little);
    const segments = [];
    for (let index = 0; index < count; index += 1) {
        const at = programHeaders + index * entrySize;
        if (at + 32 > bytes.length)
            throw bad('truncated program headers');
        const type = view.getUint32(at, little);
        const offset = view.getUint32(at + 4, little);
        const physical = view.getUint32(at + 12, little);
        const fileSize = view.getUint32(at + 16, little);
        if (type !== 1 || fileSize === 0 || physical >= avrRamBase)
            continue;
        if (offset + fileSize > bytes.length)
            throw bad('a segment runs past the end of the file');
        segments.push({ address: physical, data: bytes.subarray(offset, offset + fileSize) });
    }
    if (segments.length === 0)
        throw bad('no loadable flash segments');
    const start = Math.min(...segments.map((segment) => segment.address));
    const end = Math.max(...segments.map((segment) => segment.address + segment.data.length));
    const data = new Uint8Array(end - start).fill(0xff);
    for (const segment of segments)
        data.set(segment.data, segment.address - start);
    const ranges = segments
        .map((segment) => [segment.address, segment.address + segment.data.length])
        .sort((a, b) => a[0] - b[0]);
    return { start, data, segments: ranges };
}

;// CONCATENATED MODULE: ./src/flash/intel-hex.ts

/**
 * Parses an Intel HEX file (record types 00 data, 01 end of file, 02 extended segment address,
 * 03 start segment address, 04 extended linear address, 05 start linear address). Every record's
 * checksum is checked; a bad file is refused with its line number before anything touches a board.
 */
function parseIntelHex(text, source) {
    const bytes = new Map();
    let base = 0;
    let ended = false;
    const lines = text.split(/\r?\n/);
    const bad = (lineNumber, problem) => new BoardlineError('usage', `${source} is not valid Intel HEX: line ${lineNumber}: ${problem}`, {
        hint: 'Fix: rebuild the firmware, or check the file was not truncated or edited (avr-objcopy -O ihex makes one)',
    });
    for (let index = 0; index < lines.length; index += 1) {
        const lineNumber = index + 1;
        const line = (lines[index] ?? '').trim();
        if (line === '')
            continue;
        if (ended)
            throw bad(lineNumber, 'data after the end-of-file record');
        if (!line.startsWith(':'))
            throw bad(lineNumber, 'a record must start with ":"');
        const hex = line.slice(1);
        if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex))
            throw bad(lineNumber, 'not an even number of hex digits');
        const record = Uint8Array.from({ length: hex.length / 2 }, (_, at) => parseInt(hex.slice(at * 2, at * 2 + 2), 16));
        if (record.length < 5)
            throw bad(lineNumber, 'record too short');
        const length = record[0] ?? 0;
        if (record.length !== length + 5)
            throw bad(lineNumber, `the record says ${length} data bytes but holds ${record.length - 5}`);
        const sum = record.reduce((total, value) => (total + value) & 0xff, 0);
        if (sum !== 0) {
            const expected = (0x100 - (record.subarray(0, -1).reduce((total, value) => total + value, 0) & 0xff)) & 0xff;
            throw bad(lineNumber, `checksum ${hex.slice(-2).toUpperCase()} should be ${expected.toString(16).toUpperCase().padStart(2, '0')}`);
        }
        const address = ((record[1] ?? 0) << 8) | (record[2] ?? 0);
        const type = record[3];
        const data = record.subarray(4, 4 + length);
        switch (type) {
            case 0x00:
                data.forEach((value, offset) => bytes.set(base + address + offset, value));
                break;
            case 0x01:
                ended = true;
                break;
            case 0x02:
                if (length !== 2)
                    throw bad(lineNumber, 'an extended segment address record holds 2 bytes');
                base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) * 16;
                break;
            case 0x04:
                if (length !== 2)
                    throw bad(lineNumber, 'an extended linear address record holds 2 bytes');
                base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) * 65536;
                break;
            case 0x03:
            case 0x05:
                break; // start addresses: where execution begins, nothing to write
            default:
                throw bad(lineNumber, `unknown record type ${String(type)}`);
        }
    }
    if (!ended)
        throw bad(lines.length, 'the end-of-file record (:00000001FF) is missing: the file is truncated');
    if (bytes.size === 0)
        throw bad(lines.length, 'the file holds no data');
    const addresses = [...bytes.keys()].sort((a, b) => a - b);
    const start = addresses[0] ?? 0;
    const end = (addresses[addresses.length - 1] ?? 0) + 1;
    const image = new Uint8Array(end - start).fill(0xff);
    const segments = [];
    for (const address of addresses) {
        image[address - start] = bytes.get(address) ?? 0xff;
        const last = segments[segments.length - 1];
        if (last !== undefined && last[1] === address)
            last[1] = address + 1;
        else
            segments.push([address, address + 1]);
    }
    return { start, data: image, segments };
}

;// CONCATENATED MODULE: ./src/flash/firmware-file.ts





/** In a compile-sketch (or arduino-cli --output-dir) directory, the application image to flash. */
async function pickFromDirectory(dir) {
    const names = (await (0,promises_namespaceObject.readdir)(dir)).sort();
    const hex = names.filter((name) => name.endsWith('.hex') && !name.includes('with_bootloader'));
    const bin = names.filter((name) => name.endsWith('.bin') && !/bootloader|partitions|merged/.test(name));
    const candidates = hex.length > 0 ? hex : bin;
    const [only, ...others] = candidates;
    if (only === undefined || others.length > 0) {
        throw new BoardlineError('usage', `Input "firmware": ${dir} holds ${candidates.length === 0 ? 'no' : 'several'} firmware images${candidates.length === 0 ? '' : ` (${candidates.join(', ')})`}`, {
            hint: 'Fix: point firmware at the .hex or .bin file itself',
        });
    }
    return (0,external_node_path_namespaceObject.join)(dir, only);
}
/**
 * Reads the firmware input: a .hex (checked record by record), an .elf (its loadable segments, at
 * their load addresses), a raw .bin (placed at `offset`), or a directory holding one of them.
 * Everything is checked before any board is touched.
 */
async function readFirmware(given, offset) {
    let path = given;
    let info;
    try {
        info = await (0,promises_namespaceObject.stat)(path);
    }
    catch (error) {
        throw new BoardlineError('usage', `Input "firmware": ${path} does not exist`, {
            hint: 'Fix: give the path of the .hex, .bin or .elf to flash',
            cause: error,
        });
    }
    if (info.isDirectory())
        path = await pickFromDirectory(path);
    const extension = (0,external_node_path_namespaceObject.extname)(path).toLowerCase();
    const bytes = await (0,promises_namespaceObject.readFile)(path);
    if (extension === '.hex' || extension === '.ihex')
        return { path, format: 'hex', image: parseIntelHex(bytes.toString('latin1'), path) };
    if (extension === '.elf')
        return { path, format: 'elf', image: parseElf(bytes, path) };
    if (extension === '.bin') {
        if (bytes.length === 0)
            throw new BoardlineError('usage', `Input "firmware": ${path} is empty`);
        return { path, format: 'bin', image: { start: offset, data: new Uint8Array(bytes), segments: [[offset, offset + bytes.length]] } };
    }
    throw new BoardlineError('usage', `Input "firmware": ${path} is neither .hex, .bin nor .elf`, {
        hint: 'Fix: give an Intel HEX (.hex), an ELF (.elf) or a raw binary (.bin) file',
    });
}

;// CONCATENATED MODULE: ./src/flash/flash-report.ts
/**
 * Keeps count of a flash as it goes: which pages were written, how far the read-back got, and
 * the progress line (percent and bytes per second, every 10%) for the log.
 */
class FlashReport {
    io;
    pages = [];
    pageBytes = 0;
    writtenPages = new Set();
    isVerified = false;
    started = performance.now();
    lastDecile = -1;
    phase = '';
    lastWriteAt = performance.now();
    constructor(io) {
        this.io = io;
    }
    /** Starts (or restarts, on a retry) the count for these pages. */
    begin(pages, pageBytes) {
        this.pages = [...pages];
        this.pageBytes = pageBytes;
        this.writtenPages.clear();
        this.isVerified = false;
        this.started = performance.now();
        this.lastDecile = -1;
    }
    /** A page write is about to start: from now on the board no longer holds its old application whole. */
    writing() {
        if (this.phase === '')
            this.phase = 'Writing';
    }
    written(address) {
        this.writtenPages.add(address);
        this.lastWriteAt = performance.now();
        this.progress('Writing', this.writtenPages.size * this.pageBytes, this.pages.length * this.pageBytes);
    }
    verifying(done, total) {
        if (this.phase !== 'Verifying') {
            this.phase = 'Verifying';
            this.started = this.lastWriteAt;
            this.lastDecile = -1;
        }
        this.progress('Verifying', done, total);
    }
    verified() {
        this.isVerified = true;
    }
    get state() {
        if (this.isVerified)
            return 'verified';
        if (this.phase === '')
            return 'untouched';
        return this.pages.length > 0 && this.writtenPages.size === this.pages.length ? 'written' : 'partial';
    }
    get bytesWritten() {
        return this.writtenPages.size * this.pageBytes;
    }
    /** One sentence on what the board holds now, for failure messages. */
    describe() {
        switch (this.state) {
            case 'untouched':
                return 'nothing was written: the board still holds its previous firmware';
            case 'partial': {
                const addresses = [...this.writtenPages].sort((a, b) => a - b);
                const range = addresses.length === 0
                    ? 'a page erase may have started'
                    : `pages 0x${(addresses[0] ?? 0).toString(16)}–0x${((addresses[addresses.length - 1] ?? 0) + this.pageBytes - 1).toString(16)}`;
                return `the board is half-flashed (${this.writtenPages.size} of ${this.pages.length} pages written; ${range}) and its application will not run correctly`;
            }
            case 'written':
                return 'every page was written but the read-back did not confirm it';
            case 'verified':
                return 'the firmware was written and verified';
        }
    }
    progress(label, done, total) {
        if (this.io.progress !== undefined) {
            this.io.progress(label, done, total);
            return;
        }
        const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (decile === this.lastDecile)
            return;
        this.lastDecile = decile;
        const seconds = (performance.now() - this.started) / 1000;
        // A rate over less than a tenth of a second says nothing.
        const rate = seconds >= 0.1 ? `, ${Math.round(done / seconds)} bytes/s` : '';
        this.io.info(`${label} ${decile * 10}% (${done}/${total} bytes${rate})`);
    }
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = require("node:timers/promises");
;// CONCATENATED MODULE: ./src/flash/stk500v1.ts



/** STK500v1 bytes, as avrdude's stk500.c and optiboot speak them. */
const STK_OK = 0x10;
const STK_INSYNC = 0x14;
const CRC_EOP = 0x20;
const GET_SYNC = 0x30;
const ENTER_PROGMODE = 0x50;
const LEAVE_PROGMODE = 0x51;
const LOAD_ADDRESS = 0x55;
const PROG_PAGE = 0x64;
const READ_PAGE = 0x74;
const READ_SIGN = 0x75;
const MEMTYPE_FLASH = 0x46;
/** The pages an image covers, whole, with 0xff where it sets nothing (written pages are erased first). */
function pagesOf(image, pageBytes) {
    const first = Math.floor(image.start / pageBytes) * pageBytes;
    const end = image.start + image.data.length;
    const pages = [];
    for (let address = first; address < end; address += pageBytes) {
        const data = new Uint8Array(pageBytes).fill(0xff);
        const from = Math.max(address, image.start);
        const to = Math.min(address + pageBytes, end);
        data.set(image.data.subarray(from - image.start, to - image.start), from - address);
        pages.push({ address, data });
    }
    return pages;
}
function loadAddress(byteAddress) {
    const word = byteAddress >> 1;
    return [LOAD_ADDRESS, word & 0xff, (word >> 8) & 0xff, CRC_EOP];
}
/** Time for `bytes` to cross the line at `baud` (10 bits a byte), plus slack for a slow bridge. */
function wireMs(bytes, baud) {
    return Math.ceil((bytes * 10 * 1000) / baud) * 2 + 500;
}
function expectBytes(got, expected, what, port) {
    if (got.equals(Buffer.from(expected)))
        return;
    throw new BoardlineError('failed', `The bootloader on ${port} answered ${what} with ${got.toString('hex')} instead of ${Buffer.from(expected).toString('hex')}`, {
        hint: 'Fix: check fqbn and baud match the board; the bootloader lost sync',
    });
}
/**
 * Gets in sync with the bootloader: a reset, then GET_SYNC until it answers. A sync sent while the
 * bootloader is still starting waits in the UART; only one is ever in flight, since a second
 * would overrun the receiver's FIFO. Leftover answers are drained before the final check.
 */
async function sync(link, options, port) {
    const attempts = 8;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
        if (attempt === 1 || attempt === 5)
            await options.reset();
        link.discard();
        await link.write(Uint8Array.of(GET_SYNC, CRC_EOP));
        const remaining = options.deadline - Date.now();
        if (remaining <= 0)
            break;
        try {
            const reply = await link.read(2, Math.min(600, remaining), 'GET_SYNC');
            if (reply[0] === STK_INSYNC && reply[1] === STK_OK) {
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(30);
                link.discard();
                await link.write(Uint8Array.of(GET_SYNC, CRC_EOP));
                expectBytes(await link.read(2, 600, 'GET_SYNC'), [STK_INSYNC, STK_OK], 'GET_SYNC', port);
                return;
            }
        }
        catch (error) {
            if (error instanceof BoardlineError && error.kind === 'port')
                throw error;
        }
        options.io.debug(`no sync with the bootloader on ${port}, attempt ${attempt} of ${attempts}`);
    }
    throw new BoardlineError('timeout', `No answer from a bootloader on ${port} after ${attempts} attempts and two resets`, {
        hint: 'Fix: check the board has a serial bootloader (burn one if it was flashed with a programmer), that fqbn and baud match it, and that the port is the board',
    });
}
/**
 * Flashes an image through an STK500v1 bootloader (optiboot, ATmegaBOOT): sync, signature check,
 * one LOAD_ADDRESS + PROG_PAGE exchange per page (avrdude waits for each of the two), then a
 * read-back in one LOAD_ADDRESS + READ_PAGE exchange per 256 bytes (avrdude: two per page), and LEAVE_PROGMODE so the
 * application starts. The report records each page as it is written, so a failure says exactly
 * what state the board is left in.
 */
async function flashStk500v1(link, image, port, options) {
    const { target, report, io } = options;
    await sync(link, options, port);
    await link.write(Uint8Array.of(READ_SIGN, CRC_EOP));
    const signature = await link.read(5, 1000, 'READ_SIGN');
    if (signature[0] !== STK_INSYNC || signature[4] !== STK_OK)
        expectBytes(signature, [STK_INSYNC, 0, 0, 0, STK_OK], 'READ_SIGN', port);
    const found = signature.subarray(1, 4);
    if (!found.equals(Buffer.from(target.signature))) {
        throw new BoardlineError('failed', `The MCU on ${port} has signature ${formatSignature(found)}, not ${formatSignature(target.signature)} (${target.name})`, {
            hint: 'Fix: set fqbn to the board actually connected, or connect the board the firmware was built for; nothing was written',
        });
    }
    await link.write(Uint8Array.of(ENTER_PROGMODE, CRC_EOP));
    expectBytes(await link.read(2, 1000, 'ENTER_PROGMODE'), [STK_INSYNC, STK_OK], 'ENTER_PROGMODE', port);
    const pages = pagesOf(image, target.pageBytes);
    report.begin(pages.map((page) => page.address), target.pageBytes);
    for (const page of pages) {
        const command = [...loadAddress(page.address), PROG_PAGE, 0, target.pageBytes, MEMTYPE_FLASH, ...page.data, CRC_EOP];
        report.writing();
        await link.write(Uint8Array.from(command));
        const reply = await link.read(4, Math.min(wireMs(command.length, target.baud) + 100, Math.max(1, options.deadline - Date.now())), `PROG_PAGE at 0x${page.address.toString(16)}`);
        expectBytes(reply, [STK_INSYNC, STK_OK, STK_INSYNC, STK_OK], `PROG_PAGE at 0x${page.address.toString(16)}`, port);
        report.written(page.address);
        io.debug(`wrote page 0x${page.address.toString(16)}`);
    }
    if (options.verify) {
        const first = pages[0]?.address ?? 0;
        const total = pages.length * target.pageBytes;
        // optiboot takes only the low byte of READ_PAGE's length (0 meaning 256): 256 bytes a request.
        const chunk = 256;
        const readBack = new Uint8Array(total);
        for (let offset = 0; offset < total; offset += chunk) {
            const length = Math.min(chunk, total - offset);
            await link.write(Uint8Array.from([...loadAddress(first + offset), READ_PAGE, (length >> 8) & 0xff, length & 0xff, MEMTYPE_FLASH, CRC_EOP]));
            const reply = await link.read(length + 4, Math.min(wireMs(length + 4, target.baud), Math.max(1, options.deadline - Date.now())), `READ_PAGE at 0x${(first + offset).toString(16)}`);
            expectBytes(reply.subarray(0, 3), [STK_INSYNC, STK_OK, STK_INSYNC], 'READ_PAGE', port);
            expectBytes(reply.subarray(length + 3), [STK_OK], 'READ_PAGE', port);
            readBack.set(reply.subarray(3, length + 3), offset);
            report.verifying(offset + length, total);
        }
        pages.forEach((page, index) => {
            const got = readBack.subarray(index * target.pageBytes, (index + 1) * target.pageBytes);
            const differs = got.findIndex((byte, at) => byte !== page.data[at]);
            if (differs !== -1) {
                const address = page.address + differs;
                throw new BoardlineError('failed', `Verify failed on ${port}: flash at 0x${address.toString(16)} reads 0x${(got[differs] ?? 0).toString(16)}, the firmware has 0x${(page.data[differs] ?? 0).toString(16)}`, { hint: 'Fix: flash again; if it keeps failing, the flash may be worn or the bootloader write-protected' });
            }
        });
        report.verified();
    }
    await link.write(Uint8Array.of(LEAVE_PROGMODE, CRC_EOP));
    expectBytes(await link.read(2, 1000, 'LEAVE_PROGMODE'), [STK_INSYNC, STK_OK], 'LEAVE_PROGMODE', port);
}

// EXTERNAL MODULE: ./node_modules/serialport/dist/index.js
var dist = __nccwpck_require__(8740);
;// CONCATENATED MODULE: ./src/serial/open-port.ts


/** How long a virtual board's port may take to settle on its next pty. */
const virtualPortSettleMs = 3000;
/**
 * Opens a serial port, turning the binding's errors into ones that say which port and what to do.
 * A pty (virtual boards, socat pairs) opens like any tty. `settleMs` keeps trying a port that is
 * missing for that long: a virtual board's port link moves to a fresh pty when its last client
 * closes, and a client that comes in that instant may find it moving.
 */
async function openPort(path, baudRate, settleMs = 0) {
    const deadline = Date.now() + settleMs;
    for (;;) {
        try {
            return await openOnce(path, baudRate);
        }
        catch (error) {
            const missing = error instanceof BoardlineError && /No such file|ENOENT|EIO|Input\/output error/.test(error.message);
            if (!missing || Date.now() >= deadline)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, 25));
        }
    }
}
async function openOnce(path, baudRate) {
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
/** Opens a resolved port; a virtual board's is given time to settle on its next pty. */
function openResolvedPort(port, baudRate) {
    return openPort(port.path, baudRate, port.virtual === undefined ? 0 : virtualPortSettleMs);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: ./src/process/is-alive.ts
/** Whether a process exists: signal 0 checks without signalling; EPERM means it lives under another user. */
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
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
    const path = (0,external_node_path_namespaceObject.join)(options.lockDir, options.lockName === undefined ? lockFileName(devicePath) : `LCK..${options.lockName}`);
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

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = require("node:net");
;// CONCATENATED MODULE: ./src/virtual/control.ts



async function serveControl(path, handle) {
    await (0,promises_namespaceObject.rm)(path, { force: true });
    const server = (0,external_node_net_namespaceObject.createServer)((socket) => {
        let buffer = '';
        socket.setEncoding('utf8');
        socket.on('error', () => undefined);
        socket.on('data', (chunk) => {
            buffer += chunk;
            const end = buffer.indexOf('\n');
            if (end === -1)
                return;
            let command;
            try {
                command = JSON.parse(buffer.slice(0, end)).command;
            }
            catch {
                command = undefined;
            }
            const reply = command === 'status' || command === 'reset' || command === 'stop'
                ? handle(command)
                : Promise.resolve({ ok: false, error: `unknown command ${JSON.stringify(command)}` });
            void reply.then((answer) => socket.end(`${JSON.stringify(answer)}\n`));
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(path, () => resolve());
    });
    return server;
}
/** Sends one command to a board's control socket and returns its answer, within a deadline. */
async function sendControl(path, command, timeoutMs = 5000) {
    const answer = await new Promise((resolve, reject) => {
        const socket = (0,external_node_net_namespaceObject.connect)(path);
        let text = '';
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new Error(`no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        socket.setEncoding('utf8');
        socket.on('connect', () => socket.write(`${JSON.stringify({ command })}\n`));
        socket.on('data', (chunk) => (text += chunk));
        socket.on('end', () => {
            clearTimeout(timer);
            resolve(text);
        });
        socket.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    }).catch((error) => {
        throw new BoardlineError('port', `The virtual board's control channel ${path} did not answer ${command}: ${error.message}`, {
            hint: 'Fix: check the board still runs (boardline virtual-board status), or start it again',
            cause: error,
        });
    });
    const reply = JSON.parse(answer);
    if (!reply.ok)
        throw new BoardlineError('failed', `The virtual board refused ${command}: ${reply.error}`);
    const { ok: _ok, ...rest } = reply;
    return rest;
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

;// CONCATENATED MODULE: ./src/serial/reset-board.ts


/**
 * Resets the board behind a port: a virtual board through its control channel (a pty has no reset
 * line), any other through the modem control lines.
 */
async function resetBoard(port, lines, mode, io) {
    if (mode === 'none')
        return 'skipped';
    if (port.virtual !== undefined) {
        await sendControl(port.virtual.control, 'reset');
        io.info(`Reset virtual board ${port.virtual.name} through its control channel`);
        return 'done';
    }
    return resetThroughModemLines(lines, mode, port.path, io);
}

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

;// CONCATENATED MODULE: ./src/virtual/registry.ts




const namePattern = /^[a-z0-9][a-z0-9_-]{0,31}$/i;
function checkBoardName(name) {
    if (!namePattern.test(name)) {
        throw new BoardlineError('usage', `Input "name": "${name}" is not a usable virtual board name`, {
            hint: 'Fix: use letters, digits, - and _ (at most 32), e.g. uno0',
        });
    }
}
function boardDirectory(stateDir, name) {
    return (0,external_node_path_namespaceObject.join)(stateDir, 'boards', name);
}
/** The running board of that name, or undefined; the record of one that died is cleaned up. */
async function findBoard(stateDir, name) {
    if (!namePattern.test(name))
        return undefined;
    const dir = boardDirectory(stateDir, name);
    let record;
    try {
        record = JSON.parse(await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(dir, 'board.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    if (isAlive(record.pid))
        return record;
    await (0,promises_namespaceObject.rm)((0,external_node_path_namespaceObject.join)(dir, 'board.json'), { force: true });
    return undefined;
}
async function listBoards(stateDir) {
    let names;
    try {
        names = await (0,promises_namespaceObject.readdir)((0,external_node_path_namespaceObject.join)(stateDir, 'boards'));
    }
    catch {
        return [];
    }
    const records = await Promise.all(names.sort().map((name) => findBoard(stateDir, name)));
    return records.filter((record) => record !== undefined);
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
function listing(ports, boards = []) {
    const physical = ports.length === 0 ? 'No serial ports are present on this machine.' : `Serial ports present:\n${renderPortTable(ports)}`;
    if (boards.length === 0)
        return physical;
    return `${physical}\nVirtual boards running:\n${boards.map((board) => `  ${board.name}  ${board.port}`).join('\n')}`;
}
function virtualPort(requested, board) {
    return {
        requested,
        path: board.port,
        lockName: `boardline-virtual-${board.name}`,
        virtual: { name: board.name, control: board.control },
    };
}
/** The running virtual board whose port this is, by its link or by the pty the link points to now. */
async function virtualBoardAt(path, stateDir) {
    if (stateDir === undefined)
        return undefined;
    for (const board of await listBoards(stateDir)) {
        if (board.port === path)
            return board;
        if ((await (0,promises_namespaceObject.realpath)(board.port).catch(() => undefined)) === path)
            return board;
    }
    return undefined;
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
    return { requested, path: only.path, lockName: deviceSlug(only.path), info: only };
}
/**
 * Resolves the `port` input. Never assumes /dev/ttyUSB0: `auto` takes the one USB serial device
 * present and refuses to guess between several.
 */
async function resolvePort(requested, search = {}) {
    const roots = search.roots ?? defaultHostRoots;
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
        const board = search.stateDir === undefined ? undefined : await findBoard(search.stateDir, value);
        if (board !== undefined)
            return virtualPort(value, board);
        const boards = search.stateDir === undefined ? [] : await listBoards(search.stateDir);
        throw new BoardlineError('port', `Port "${value}" is not a device path, a USB selector, auto, or a running virtual board`, {
            hint: 'Fix: give the full path (e.g. /dev/ttyACM0), one of the ports listed, or start the virtual board first',
            details: listing(await listPorts(roots), boards),
        });
    }
    const board = await virtualBoardAt(value, search.stateDir);
    if (board !== undefined)
        return virtualPort(value, board);
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
    const pty = await virtualBoardAt(path, search.stateDir);
    if (pty !== undefined)
        return virtualPort(value, pty);
    const info = (await listPorts(roots)).find((port) => port.path === path);
    const resolved = { requested: value, path, lockName: deviceSlug(path) };
    return info === undefined ? resolved : { ...resolved, info };
}

;// CONCATENATED MODULE: ./src/serial/serial-link.ts

/**
 * Request/response bytes over a serial port, where every read has a deadline: a board that stops
 * answering, or a port that goes away, is an error within the time given — never a hang.
 */
class SerialLink {
    port;
    buffer = Buffer.alloc(0);
    waiter;
    lost;
    path;
    constructor(port, path) {
        this.port = port;
        this.path = path;
        port.on('data', (chunk) => {
            this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
            this.settle();
        });
        const onLost = (error) => {
            this.lost ??= new BoardlineError('port', `Port ${this.path} went away: ${error?.message ?? 'closed'}`, {
                hint: 'Fix: the board was unplugged or its USB reset; check the cable and the power supply',
            });
            const waiter = this.waiter;
            if (waiter !== undefined) {
                this.waiter = undefined;
                clearTimeout(waiter.timer);
                waiter.reject(this.lost);
            }
        };
        port.on('close', onLost);
        port.on('error', onLost);
    }
    /** Sends bytes and waits until the operating system has passed them on. */
    async write(bytes) {
        if (this.lost !== undefined)
            throw this.lost;
        await new Promise((resolve, reject) => {
            this.port.write(Buffer.from(bytes), (error) => {
                if (error === null || error === undefined)
                    resolve();
                else
                    reject(error);
            });
        });
        await new Promise((resolve) => this.port.drain(() => resolve()));
    }
    /** Reads exactly `count` bytes, or fails after `timeoutMs` with what did arrive. */
    read(count, timeoutMs, what) {
        if (this.lost !== undefined)
            return Promise.reject(this.lost);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiter = undefined;
                const got = this.buffer.subarray(0, 16).toString('hex').replace(/(..)/g, '$1 ').trim();
                reject(new BoardlineError('timeout', `No answer to ${what} on ${this.path} within ${timeoutMs} ms (got ${this.buffer.length} of ${count} bytes${got === '' ? '' : `: ${got}`})`));
            }, timeoutMs);
            this.waiter = { count, resolve, reject, timer };
            this.settle();
        });
    }
    /** Forgets whatever arrived unasked (line noise, a running application's output). */
    discard() {
        this.buffer = Buffer.alloc(0);
    }
    settle() {
        const waiter = this.waiter;
        if (waiter === undefined || this.buffer.length < waiter.count)
            return;
        this.waiter = undefined;
        clearTimeout(waiter.timer);
        const bytes = this.buffer.subarray(0, waiter.count);
        this.buffer = this.buffer.subarray(waiter.count);
        waiter.resolve(Buffer.from(bytes));
    }
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
        offset: { kind: 'integer', min: 0, default: '0', description: 'Address a raw .bin is written at.' },
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
        'board-state': 'What the board holds now: untouched, partial (half-flashed), written or verified.',
    },
});
function chooseBackend(options, port) {
    if (options.protocol !== 'auto')
        return options.protocol;
    if (port.virtual !== undefined)
        return 'stk500v1';
    if (options.fqbn === undefined) {
        throw new BoardlineError('usage', 'Input "fqbn" is needed to choose how to flash this board', {
            hint: 'Fix: set fqbn (e.g. arduino:avr:uno or esp8266:esp8266:d1), or set protocol',
        });
    }
    return avrTargetFor(options.fqbn) === undefined ? 'arduino-cli' : 'stk500v1';
}
function avrTarget(options, port) {
    if (options.fqbn !== undefined) {
        const target = avrTargetFor(options.fqbn);
        if (target === undefined) {
            throw new BoardlineError('usage', `Input "fqbn": ${options.fqbn} is not an AVR board with a serial bootloader Boardline knows`, {
                hint: 'Fix: use protocol arduino-cli for it, or an fqbn such as arduino:avr:uno, arduino:avr:nano, arduino:avr:pro',
            });
        }
        return target;
    }
    if (port.virtual !== undefined)
        return virtualUnoTarget;
    throw new BoardlineError('usage', 'Input "fqbn" is needed to flash with stk500v1 or avrdude', {
        hint: 'Fix: set fqbn, e.g. arduino:avr:uno',
    });
}
/** Refuses an image that does not fit the board's flash below its bootloader, before anything is written. */
function checkFits(firmware, target) {
    const room = target.flashBytes - target.bootloaderBytes;
    const end = firmware.image.start + firmware.image.data.length;
    if (end > room) {
        throw new BoardlineError('usage', `Input "firmware": ${firmware.path} needs flash up to ${end} bytes; ${target.name} has ${room} below its bootloader`, {
            hint: 'Fix: make the firmware smaller, or flash a board with more flash; nothing was written',
        });
    }
}
async function flashNative(firmware, target, port, options, io, report) {
    const baud = options.baud ?? target.baud;
    const deadline = Date.now() + options.timeout;
    let attempt = 0;
    for (;;) {
        attempt += 1;
        const serial = await openResolvedPort(port, baud);
        try {
            const link = new SerialLink(serial, port.path);
            await flashStk500v1(link, firmware.image, port.path, {
                target,
                verify: options.verify,
                io,
                report,
                deadline,
                reset: async () => {
                    await resetBoard(port, serial, options.reset === 'auto' ? 'dtr' : options.reset, io);
                },
            });
            return;
        }
        catch (thrown) {
            const error = asBoardlineError(thrown);
            const retriable = error.kind === 'timeout' || (error.kind === 'failed' && !/signature/.test(error.message));
            if (!retriable || attempt > options.retries || Date.now() >= deadline)
                throw error;
            io.warning(`Attempt ${attempt} failed (${error.message}); ${report.describe()}. Retrying from sync`);
        }
        finally {
            await closePort(serial);
        }
    }
}
async function flashSerial(options, io, context) {
    const firmware = await readFirmware(options.firmware, options.offset);
    const port = await resolvePort(options.port, { stateDir: context.stateDir });
    io.info(`Port ${port.requested} resolved to ${port.path}`);
    const backend = chooseBackend(options, port);
    const target = backend === 'arduino-cli' ? undefined : avrTarget(options, port);
    if (target !== undefined)
        checkFits(firmware, target);
    io.info(`Flashing ${firmware.path} (${firmware.image.data.length} bytes from 0x${firmware.image.start.toString(16)}) with ${backend}`);
    const report = new FlashReport(io);
    const started = performance.now();
    const lock = await lockPort(port.path, {
        lockDir: context.lockDir,
        lockName: port.lockName,
        timeoutMs: options['lock-timeout'],
        purpose: 'boardline flash-serial',
        io,
    });
    let verified;
    let bytes;
    let state;
    try {
        if (backend === 'stk500v1' && target !== undefined) {
            await flashNative(firmware, target, port, options, io, report);
            verified = options.verify;
            bytes = firmware.image.data.length;
            state = report.state;
        }
        else if (backend === 'avrdude' && target !== undefined) {
            if (port.virtual !== undefined || options.reset === 'none')
                io.info('avrdude resets the board itself as it opens the port');
            const result = await flashWithAvrdude(avrdudeArguments(target, port.path, options.baud ?? target.baud, firmware, options.verify, options['avrdude-args']), io, options.timeout);
            verified = result.verified;
            bytes = result.bytes;
            state = verified ? 'verified' : 'written';
        }
        else {
            const fqbn = options.fqbn ?? '';
            const givenDirectory = (await (0,promises_namespaceObject.stat)(options.firmware)).isDirectory();
            await flashWithArduinoCli(arduinoCliArguments(port.path, fqbn, givenDirectory ? options.firmware : firmware.path, givenDirectory, options.verify), io, options.timeout);
            verified = options.verify;
            bytes = firmware.image.data.length;
            state = verified ? 'verified' : 'written';
        }
    }
    catch (thrown) {
        const error = asBoardlineError(thrown);
        // avrdude and arduino-cli do not say how far they got: a failure there may have left anything.
        const boardState = backend === 'stk500v1' ? report.state : 'partial';
        const what = backend === 'stk500v1' ? report.describe() : 'the board may be half-flashed';
        throw new BoardlineError(error.kind, `Flashing ${port.path} with ${backend} failed: ${error.message}; ${what}`, {
            ...(error.hint === undefined ? {} : { hint: error.hint }),
            ...(error.details === undefined ? {} : { details: error.details }),
            result: {
                outputs: {
                    port: port.path,
                    backend,
                    bytes: report.bytesWritten,
                    'duration-ms': Math.round(performance.now() - started),
                    verified: false,
                    'board-state': boardState,
                },
                summary: `### ❌ flash-serial failed on \`${port.path}\`\n\n${error.message}\n\nBoard state: **${boardState}** — ${what}.`,
                text: '',
            },
        });
    }
    finally {
        await lock.release();
    }
    const durationMs = Math.round(performance.now() - started);
    const line = `Flashed ${bytes} bytes to ${port.path} with ${backend} in ${formatDuration(durationMs)}${verified ? ', verified' : ', not verified'}`;
    return {
        outputs: { port: port.path, backend, bytes, 'duration-ms': durationMs, verified, 'board-state': state },
        summary: `### ✅ flash-serial: ${line}\n\nFirmware \`${firmware.path}\``,
        text: line,
    };
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
    const resolved = await resolvePort(options.port, { stateDir: streams.stateDir });
    const port = await openResolvedPort(resolved, options.baud);
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
    const resolved = await resolvePort(options.port, { stateDir: context.stateDir });
    io.info(`Port ${options.port} resolved to ${resolved.path}`);
    const transcriptPath = options.transcript ?? (0,external_node_path_namespaceObject.join)(context.tempDir, `verify-banner-${resolved.lockName}-${Date.now()}.log`);
    const transcript = new Transcript();
    const lock = await lockPort(resolved.path, {
        lockDir: context.lockDir,
        lockName: resolved.lockName,
        timeoutMs: options['lock-timeout'],
        purpose: 'boardline verify-banner',
        io,
    });
    let outcome;
    try {
        const port = await openResolvedPort(resolved, options.baud);
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
            await resetBoard(resolved, port, options.reset, io);
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

// EXTERNAL MODULE: ./node_modules/avr8js/dist/cjs/index.js
var cjs = __nccwpck_require__(774);
;// CONCATENATED MODULE: ./src/virtual/atmega328p.ts

/** The ATmega328P as an Arduino Uno carries it (datasheet DS40002061A). */
const atmega328p = {
    flashBytes: 32 * 1024,
    pageBytes: 128,
    sramBytes: 2048,
    eepromBytes: 1024,
    /** Start of the no-read-while-write section: the largest boot section (2 KiB) and up. */
    nrwwStartByte: 0x7000,
    signature: [0x1e, 0x95, 0x0f],
};
/** Data-space addresses of the registers the model adds to or completes in avr8js. */
const MCUSR = 0x54;
const UCSR0A = 0xc0;
const UBRR0L = 0xc4;
const UBRR0H = 0xc5;
const UDR0 = 0xc6;
const RXC0 = 0x80;
const DOR0 = 0x08;
const U2X0 = 0x02;
const SMCR = 0x53;
const SPMCSR = 0x57;
/** SPMCSR bits. */
const SPMEN = 0x01;
const PGERS = 0x02;
const PGWRT = 0x04;
const BLBSET = 0x08;
const RWWSRE = 0x10;
const RWWSB = 0x40;
/** MCUSR reset flags. */
const resetFlags = { PORF: 0x01, EXTRF: 0x02, BORF: 0x04, WDRF: 0x08 };
const opcodeSpm = 0x95e8;
const opcodeSleep = 0x9588;
/** Page erase and page write take 3.7–4.5 ms (datasheet, tWD_FLASH); 4 ms of 16 MHz cycles. */
const spmBusyCycles = 64_000;
/** A loop that reads UCSR0A again within this many cycles does nothing else worth emulating. */
const pollLoopCycles = 8;
/** SPM must follow the SPMCSR write within four cycles; avr8js counts a little coarser. */
const spmWindowCycles = 8;
/** When the MCU next has work: avr8js keeps its event queue private; its first entry's cycle. */
function nextEventCycle(cpu) {
    return cpu.nextClockEvent?.cycles;
}
/**
 * An ATmega328P at 16 MHz on avr8js, completed where a bootloader needs it:
 * - Self-programming: SPMCSR and SPM fill the page buffer, erase and write pages (busy for ~4 ms,
 *   with RWWSB until the RWW section is re-enabled), so a real bootloader really writes flash.
 *   SPM works only from the boot section and never writes the boot section (the Uno's lock bits).
 * - Reset as on silicon: every reset starts at the boot reset vector (BOOTRST programmed, as on an
 *   Uno) with the cause in MCUSR (PORF at power-on, EXTRF for the reset pin, WDRF for the
 *   watchdog); I/O registers and peripherals start afresh, flash and EEPROM are kept.
 * - The USART receiver as on silicon: bytes arrive one character time apart at the line's baud
 *   rate, wait in the two-byte receive FIFO behind UDR, and overrun (DOR) beyond it; a receiver
 *   that is off loses them. (avr8js alone keeps one byte and overwrites it.)
 * - SLEEP with SE set lets emulated time jump to the next event, so idle firmware costs no host CPU;
 *   so does a tight loop polling the USART status register (a bootloader waiting for a byte, a
 *   firmware waiting to send one), since only a scheduled event can change what it polls.
 */
class Atmega328p {
    /** Flash contents, kept across resets (the CPU's program memory is a view of it). */
    flash;
    eeprom;
    /** Called with every byte the USART transmits. */
    onTransmit = () => undefined;
    cpu;
    usart;
    progMem;
    bootStartByte;
    frequencyHz;
    pendingReset;
    pageBuffer = new Uint16Array(atmega328p.pageBytes / 2).fill(0xffff);
    spmcsrWrittenAt = -Infinity;
    /** Bytes on their way down the line, sent by the host, each with the cycle before which it cannot arrive. */
    wire = [];
    /** Bytes received and waiting behind UDR. */
    rxFifo = [];
    arrivalScheduled = false;
    lineBaud;
    resetCount = 0;
    /** Where and when firmware last read UCSR0A, to spot a tight polling loop. */
    lastPollPc = -1;
    lastPollCycles = -Infinity;
    polling = false;
    lastPollValue = -1;
    /** `lineBaud` is the host's line speed, used while the firmware has not set its own. */
    constructor(flash, bootStartByte, frequencyHz = 16_000_000, lineBaud = 115_200) {
        if (flash.length !== atmega328p.flashBytes)
            throw new Error(`flash must be ${atmega328p.flashBytes} bytes`);
        this.progMem = new Uint16Array(atmega328p.flashBytes / 2);
        this.flash = new Uint8Array(this.progMem.buffer);
        this.flash.set(flash);
        this.bootStartByte = bootStartByte;
        this.frequencyHz = frequencyHz;
        this.lineBaud = lineBaud;
        this.eeprom = new cjs.EEPROMMemoryBackend(atmega328p.eepromBytes);
        this.build(resetFlags.PORF, 0);
    }
    get cycles() {
        return this.cpu.cycles;
    }
    /** How many times the MCU has been reset since power-on. */
    get resets() {
        return this.resetCount;
    }
    reset(cause) {
        const flag = cause === 'power-on' ? resetFlags.PORF : cause === 'external' ? resetFlags.EXTRF : resetFlags.WDRF;
        // Reset flags accumulate until software clears them; power-on clears the others.
        const previous = cause === 'power-on' ? 0 : (this.cpu.data[MCUSR] ?? 0);
        // Time goes on through a reset: the emulated clock keeps counting.
        this.build(previous | flag, this.cpu.cycles);
        this.resetCount += 1;
    }
    /**
     * Bytes from the host: they arrive at the receiver one character time apart, the first no
     * earlier than cycle `notBefore` (how a USB bridge's latency is modelled).
     */
    receive(bytes, notBefore = 0) {
        for (const byte of bytes)
            this.wire.push({ byte, notBefore });
        this.scheduleArrival();
    }
    /** Runs until the cycle counter reaches `targetCycles`. */
    runUntil(targetCycles) {
        const { progMem } = this;
        while (this.cpu.cycles < targetCycles) {
            const cpu = this.cpu;
            const opcode = progMem[cpu.pc];
            if (opcode === opcodeSpm)
                this.executeSpm();
            (0,cjs.avrInstruction)(cpu);
            cpu.tick();
            if (this.pendingReset !== undefined) {
                const cause = this.pendingReset;
                this.pendingReset = undefined;
                this.reset(cause);
                continue;
            }
            if (opcode === opcodeSleep && ((cpu.data[SMCR] ?? 0) & 1) === 1)
                this.sleepUntil(targetCycles);
            else if (this.polling) {
                this.polling = false;
                this.skipPolling(targetCycles);
            }
        }
    }
    /** Builds the CPU and its peripherals afresh around the kept flash and EEPROM. */
    build(mcusr, cycles) {
        const cpu = new cjs.CPU(this.progMem, atmega328p.sramBytes);
        cpu.cycles = cycles;
        const clock = new cjs.AVRClock(cpu, this.frequencyHz, cjs.clockConfig);
        new cjs.AVRTimer(cpu, cjs.timer0Config);
        new cjs.AVRTimer(cpu, cjs.timer1Config);
        new cjs.AVRTimer(cpu, cjs.timer2Config);
        new cjs.AVRIOPort(cpu, cjs.portBConfig);
        new cjs.AVRIOPort(cpu, cjs.portCConfig);
        new cjs.AVRIOPort(cpu, cjs.portDConfig);
        new cjs.AVREEPROM(cpu, this.eeprom, cjs.eepromConfig);
        new cjs.AVRWatchdog(cpu, cjs.watchdogConfig, clock);
        const usart = new cjs.AVRUSART(cpu, cjs.usart0Config, this.frequencyHz);
        cpu.readHooks[UCSR0A] = () => {
            const value = cpu.data[UCSR0A] ?? 0;
            // The same instruction reading the same status again within a few cycles: a polling loop
            // that has seen nothing new. (A read that sees a change ends the loop and is never skipped.)
            this.polling = cpu.pc === this.lastPollPc && cpu.cycles - this.lastPollCycles <= pollLoopCycles && value === this.lastPollValue;
            this.lastPollPc = cpu.pc;
            this.lastPollCycles = cpu.cycles;
            this.lastPollValue = value;
            return value;
        };
        usart.onByteTransmit = (byte) => this.onTransmit(byte);
        const readUdr = cpu.readHooks[UDR0];
        cpu.readHooks[UDR0] = (address) => {
            const value = readUdr === undefined ? (cpu.data[UDR0] ?? 0) : readUdr(address);
            const next = this.rxFifo.shift();
            if (next !== undefined)
                usart.writeByte(next, true);
            return value;
        };
        // avr8js resets the CPU in place on a watchdog timeout; a reset here rebuilds the whole MCU.
        cpu.reset = () => {
            this.pendingReset = 'watchdog';
        };
        cpu.writeHooks[SPMCSR] = (value) => {
            const busy = ((cpu.data[SPMCSR] ?? 0) & SPMEN) !== 0 && this.spmcsrWrittenAt === Infinity;
            if (!busy) {
                cpu.data[SPMCSR] = (value & 0x9f) | ((cpu.data[SPMCSR] ?? 0) & RWWSB);
                this.spmcsrWrittenAt = cpu.cycles;
            }
            return true;
        };
        cpu.data[MCUSR] = mcusr;
        cpu.pc = this.bootStartByte / 2;
        this.pageBuffer.fill(0xffff);
        this.spmcsrWrittenAt = -Infinity;
        this.rxFifo.length = 0;
        this.arrivalScheduled = false;
        this.cpu = cpu;
        this.usart = usart;
        this.scheduleArrival();
    }
    /** Cycles one character (start, 8 data, stop bits) takes on the line. */
    cyclesPerCharacter() {
        const data = this.cpu.data;
        const ubrr = ((data[UBRR0H] ?? 0) << 8) | (data[UBRR0L] ?? 0);
        if (!this.usart.rxEnable && ubrr === 0)
            return Math.round((this.frequencyHz / this.lineBaud) * 10);
        return (ubrr + 1) * (((data[UCSR0A] ?? 0) & U2X0) !== 0 ? 8 : 16) * 10;
    }
    scheduleArrival() {
        const next = this.wire[0];
        if (this.arrivalScheduled || next === undefined)
            return;
        this.arrivalScheduled = true;
        const cpu = this.cpu;
        const delay = Math.max(this.cyclesPerCharacter(), next.notBefore - cpu.cycles);
        cpu.addClockEvent(() => {
            if (this.cpu !== cpu)
                return;
            this.arrivalScheduled = false;
            this.arrive(this.wire.shift()?.byte ?? 0);
            this.scheduleArrival();
        }, delay);
    }
    arrive(byte) {
        const data = this.cpu.data;
        if (!this.usart.rxEnable)
            return; // a receiver that is off loses what arrives
        if (((data[UCSR0A] ?? 0) & RXC0) === 0)
            this.usart.writeByte(byte, true);
        else if (this.rxFifo.length < 2)
            this.rxFifo.push(byte);
        else
            data[UCSR0A] = (data[UCSR0A] ?? 0) | DOR0; // data overrun: the byte is lost
    }
    executeSpm() {
        const cpu = this.cpu;
        const control = cpu.data[SPMCSR] ?? 0;
        const inTime = cpu.cycles - this.spmcsrWrittenAt <= spmWindowCycles;
        const fromBootSection = cpu.pc * 2 >= this.bootStartByte;
        if ((control & SPMEN) === 0 || !inTime || !fromBootSection)
            return;
        const z = (cpu.data[30] ?? 0) | ((cpu.data[31] ?? 0) << 8);
        const page = z & ~(atmega328p.pageBytes - 1) & (atmega328p.flashBytes - 1);
        const writable = page < this.bootStartByte;
        const operation = control & (PGERS | PGWRT | BLBSET | RWWSRE);
        let busy = false;
        if (operation === 0) {
            this.pageBuffer[(z >> 1) % this.pageBuffer.length] = (cpu.data[0] ?? 0) | ((cpu.data[1] ?? 0) << 8);
        }
        else if (operation === PGERS) {
            if (writable)
                this.flash.fill(0xff, page, page + atmega328p.pageBytes);
            busy = true;
        }
        else if (operation === PGWRT) {
            if (writable)
                this.progMem.set(this.pageBuffer, page / 2);
            this.pageBuffer.fill(0xffff);
            busy = true;
        }
        else if (operation === RWWSRE) {
            cpu.data[SPMCSR] = 0;
            this.pageBuffer.fill(0xffff);
        }
        if (!busy) {
            cpu.data[SPMCSR] = (cpu.data[SPMCSR] ?? 0) & ~SPMEN & ~(PGERS | PGWRT | BLBSET | RWWSRE);
            this.spmcsrWrittenAt = -Infinity;
            return;
        }
        // Busy: SPMEN stays set until the operation completes; the RWW section stays unreadable until re-enabled.
        cpu.data[SPMCSR] = SPMEN | (page < atmega328p.nrwwStartByte ? RWWSB : 0);
        this.spmcsrWrittenAt = Infinity;
        cpu.addClockEvent(() => {
            if (this.cpu !== cpu)
                return;
            cpu.data[SPMCSR] = (cpu.data[SPMCSR] ?? 0) & RWWSB;
            this.spmcsrWrittenAt = -Infinity;
        }, spmBusyCycles);
    }
    /**
     * A polling loop on UCSR0A can only see a change when a scheduled event (a byte arriving, a
     * transmission finishing, the watchdog) fires, or an interrupt runs: jump to the next event.
     */
    skipPolling(targetCycles) {
        const cpu = this.cpu;
        if (cpu.nextInterrupt >= 0)
            return;
        const next = nextEventCycle(cpu) ?? targetCycles;
        // Land a few cycles short so the loop itself observes the change at the right moment.
        const landing = Math.min(next, targetCycles) - pollLoopCycles;
        if (landing > cpu.cycles)
            cpu.cycles = landing;
    }
    /**
     * Sleeping: the CPU stays asleep until an interrupt, so emulated time goes from one scheduled
     * event (a timer step, a received byte) to the next without executing instructions.
     */
    sleepUntil(targetCycles) {
        const cpu = this.cpu;
        while (cpu.nextInterrupt < 0 && cpu.cycles < targetCycles && this.cpu === cpu && this.pendingReset === undefined) {
            const next = nextEventCycle(cpu) ?? targetCycles;
            cpu.cycles = Math.max(cpu.cycles, Math.min(next, targetCycles));
            cpu.tick();
        }
    }
}

;// CONCATENATED MODULE: ./src/virtual/flash-memory.ts




/** Reads a bootloader hex; its lowest address is where the MCU's boot reset vector points. */
async function loadBootloader(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'latin1');
    }
    catch (error) {
        throw new BoardlineError('usage', `Input "bootloader": cannot read ${path}: ${error.message}`, {
            hint: 'Fix: apt-get install arduino-core-avr for the Arduino bootloaders, or give the path of a bootloader .hex',
            cause: error,
        });
    }
    const image = parseIntelHex(text, path);
    const bootSizes = [512, 1024, 2048, 4096];
    const fits = bootSizes.some((size) => image.start === atmega328p.flashBytes - size);
    if (!fits) {
        throw new BoardlineError('usage', `Input "bootloader": ${path} starts at 0x${image.start.toString(16)}, which is no ATmega328P boot section`, {
            hint: 'Fix: a bootloader starts at 0x7e00, 0x7c00, 0x7800 or 0x7000 (512 bytes to 4 KiB at the top of flash)',
        });
    }
    return image;
}
/** Places an image's bytes that fall inside flash; bytes beyond it (some bootloader files carry a few) are left out. */
function placeImage(flash, image, limit = flash.length) {
    for (const [start, end] of image.segments) {
        const from = Math.max(start, 0);
        const to = Math.min(end, limit);
        if (to > from)
            flash.set(image.data.subarray(from - image.start, to - image.start), from);
    }
}
/** Erased flash with the bootloader in its section. */
function freshFlash(bootloader) {
    const flash = new Uint8Array(atmega328p.flashBytes).fill(0xff);
    placeImage(flash, bootloader);
    return flash;
}
/** Flash kept from an earlier run, if the file exists; a file of the wrong size is refused. */
async function readFlashFile(path) {
    let bytes;
    try {
        bytes = await (0,promises_namespaceObject.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    if (bytes.length !== atmega328p.flashBytes) {
        throw new BoardlineError('usage', `Input "flash-file": ${path} holds ${bytes.length} bytes, not the ${atmega328p.flashBytes} of an ATmega328P's flash`, {
            hint: 'Fix: point flash-file at a file a virtual board wrote, or at a path that does not exist yet',
        });
    }
    return new Uint8Array(bytes);
}
/** Saves flash atomically, so a board killed mid-save never leaves half a file. */
async function writeFlashFile(path, flash) {
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_namespaceObject.writeFile)(temporary, flash);
    await (0,promises_namespaceObject.rename)(temporary, path);
}

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = require("node:events");
;// CONCATENATED MODULE: ./src/virtual/pty-bridge.ts



/**
 * The virtual board's serial port: a pty whose slave side clients open at a stable path (a
 * symlink), made by socat, whose other end is this process. socat's wait-slave tells when a
 * client opens the port — what a real Uno's USB bridge turns into a DTR reset — and socat ends
 * when the client closes it. While a client is connected, a standby pty is made and the link
 * moves to it at once, so whoever opens the port next always finds a live one, even the instant
 * the current client closes. A client that opens it while another is connected waits its turn:
 * it is connected (and the board reset for it) when the first one closes. Bytes the board sends
 * while no client has the port open are lost, as on a real board.
 *
 * Events: 'connect' (a client opened the port), 'disconnect', 'data' (bytes from the client),
 * 'error' (socat cannot run).
 */
class PtyBridge extends external_node_events_namespaceObject.EventEmitter {
    current;
    standby;
    stopped = false;
    link;
    constructor(link) {
        super();
        this.link = link;
    }
    get isConnected() {
        return this.current?.connected === true;
    }
    /** Makes the first pty and points the link at it. */
    async start() {
        this.stopped = false;
        this.current = this.spawnSession();
        await this.pointLinkAt(await this.current.pty);
    }
    write(bytes) {
        const session = this.current;
        if (session?.connected !== true)
            return;
        session.child.stdin.write(bytes);
    }
    async stop() {
        this.stopped = true;
        const sessions = [this.current, this.standby].filter((session) => session !== undefined);
        await Promise.all(sessions.map((session) => this.kill(session)));
        await (0,promises_namespaceObject.unlink)(this.link).catch(() => undefined);
    }
    async kill(session) {
        if (session.child.exitCode !== null || session.child.signalCode !== null)
            return;
        const exited = new Promise((resolve) => session.child.once('exit', resolve));
        session.child.kill('SIGTERM');
        await exited;
    }
    /** Repoints the stable link atomically: a client never finds it missing. */
    async pointLinkAt(pty) {
        const temporary = `${this.link}.${process.pid}.next`;
        await (0,promises_namespaceObject.unlink)(temporary).catch(() => undefined);
        await (0,promises_namespaceObject.symlink)(pty, temporary);
        await (0,promises_namespaceObject.rename)(temporary, this.link);
    }
    spawnSession() {
        // wait-slave polls for a client's open every pty-interval (1 s by default): 5 ms keeps the
        // reset-on-open as prompt as the DTR edge it stands for. -t 0: end at once when the client closes.
        const address = 'PTY,raw,echo=0,wait-slave,pty-interval=0.005';
        const child = (0,external_node_child_process_namespaceObject.spawn)('socat', ['-d', '-d', '-t', '0', address, 'STDIO'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let log = '';
        let resolvePty = () => undefined;
        let rejectPty = () => undefined;
        const session = {
            child,
            connected: false,
            pty: new Promise((resolve, reject) => {
                resolvePty = resolve;
                rejectPty = reject;
            }),
        };
        session.pty.catch(() => undefined);
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            log = (log + chunk).slice(-4096);
            const pty = /PTY is (\/dev\/\S+)/.exec(log)?.[1];
            if (pty !== undefined)
                resolvePty(pty);
            if (!session.connected && log.includes('starting data transfer loop')) {
                session.connected = true;
                this.onConnect(session);
            }
        });
        child.stdout.on('data', (bytes) => {
            if (session !== this.current)
                return; // a client waiting its turn talks to no one yet
            this.emit('data', bytes);
        });
        child.stdin.on('error', () => undefined); // socat gone mid-write: the exit handler deals with it
        child.once('error', (error) => {
            const problem = new Error(`socat could not start (apt-get install socat): ${error.message}`);
            rejectPty(problem);
            this.emit('error', problem);
        });
        child.once('exit', (code) => {
            rejectPty(new Error(`socat exited with code ${String(code)}:\n${log}`));
            void this.onExit(session, code, log);
        });
        return session;
    }
    onConnect(session) {
        if (session !== this.current)
            return; // the standby: its client gets the board when the current one closes
        this.emit('connect');
        if (this.standby === undefined) {
            const standby = this.spawnSession();
            this.standby = standby;
            standby.pty.then((pty) => (this.standby === standby && !this.stopped ? this.pointLinkAt(pty) : undefined), () => undefined);
        }
    }
    async onExit(session, code, log) {
        if (session === this.standby)
            this.standby = undefined;
        if (session !== this.current || this.stopped)
            return;
        if (!session.connected) {
            this.emit('error', new Error(`socat exited with code ${String(code)} before a client connected:\n${log}`));
            return;
        }
        session.connected = false;
        this.emit('disconnect');
        const next = this.standby ?? this.spawnSession();
        this.standby = undefined;
        this.current = next;
        try {
            // Usually the link points at the standby already; if it was not ready, it does now.
            await this.pointLinkAt(await next.pty);
        }
        catch (error) {
            this.emit('error', error);
            return;
        }
        if (next.connected)
            this.onConnect(next);
    }
}

;// CONCATENATED MODULE: ./src/virtual/board-runner.ts






/** Emulated time may lag wall time by this much before the board stops trying to catch up. */
const maxLagMs = 100;
/**
 * How often the board runs when it has caught up with wall time: every millisecond while a client
 * has the port open (each slice is a delay a reply can wait, and protocols take turns), every
 * 4 ms otherwise, which costs a sleeping firmware less.
 */
const connectedSliceMs = 1;
/** When the second reset of an opening client's DTR toggle comes (avrdude: 250 ms low, then high). */
const dtrToggleMs = 250;
const idleSliceMs = 4;
/**
 * Runs one virtual board: the MCU at real speed (16 million emulated cycles per wall-clock
 * second, never faster), its USART on the pty bridge, a client opening the port resetting it
 * (the Uno's DTR auto-reset), and the control channel. Flash is saved to the flash file after
 * each programming session and on stop.
 */
class BoardRunner {
    options;
    mcu;
    bridge;
    control;
    timer;
    anchorWall = 0;
    anchorCycles = 0;
    lagMs = 0;
    dtrToggle;
    transmitted = [];
    latencyCycles;
    started = Date.now();
    stopping;
    stopped;
    resolveStopped = () => undefined;
    constructor(options) {
        this.options = options;
        this.mcu = new Atmega328p(options.flash, options.bootStartByte, options.frequencyHz);
        this.bridge = new PtyBridge(options.record.port);
        this.stopped = new Promise((resolve) => (this.resolveStopped = resolve));
        this.latencyCycles = options.bridgeLatencyMs * (options.frequencyHz / 1000);
    }
    /** Sends the client every transmitted byte that is due by the board's time. */
    flushTransmitted() {
        const now = this.mcu.cycles;
        let count = 0;
        while (count < this.transmitted.length && (this.transmitted[count]?.due ?? Infinity) <= now)
            count += 1;
        if (count === 0)
            return;
        this.bridge.write(Uint8Array.from(this.transmitted.splice(0, count), (entry) => entry.byte));
    }
    /** Resolves when the board has stopped (stop command, or a signal). */
    get done() {
        return this.stopped;
    }
    async start() {
        const { io, record, directory } = this.options;
        await (0,promises_namespaceObject.mkdir)(directory, { recursive: true });
        // The bridge's latency is kept in the board's own (emulated) time, so it stays right when the
        // host runs the board late: a byte from the client reaches the MCU `latency` after it came,
        // and a byte the MCU sends goes out `latency` after it was sent, with the others due by then
        // (one write, not one per byte).
        this.mcu.onTransmit = (byte) => this.transmitted.push({ byte, due: this.mcu.cycles + this.latencyCycles });
        this.bridge.on('data', (bytes) => this.mcu.receive(bytes, this.mcu.cycles + this.latencyCycles));
        this.bridge.on('connect', () => {
            // Opening the port asserts DTR, which resets an Uno into its bootloader; avrdude and the
            // Arduino IDE then drop DTR for 250 ms and raise it again, resetting it once more just before
            // they talk to the bootloader. A pty carries no DTR, so that second reset is played here
            // too — unless the client resets the board through the control channel (Boardline does).
            this.mcu.reset('external');
            clearTimeout(this.dtrToggle);
            this.dtrToggle = setTimeout(() => this.mcu.reset('external'), dtrToggleMs);
            io.info(`${record.name}: port opened, board reset`);
        });
        this.bridge.on('disconnect', () => {
            clearTimeout(this.dtrToggle);
            io.info(`${record.name}: port closed`);
            void this.saveFlash();
        });
        this.bridge.on('error', (error) => {
            io.error(`${record.name}: ${error.message}`);
            void this.stop();
        });
        await this.bridge.start();
        this.control = await serveControl(record.control, (command) => this.handle(command));
        const published = { ...record, pid: process.pid, startedAt: new Date(this.started).toISOString() };
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.join)(directory, 'board.json'), `${JSON.stringify(published, null, 2)}\n`);
        this.anchorWall = performance.now();
        this.anchorCycles = this.mcu.cycles;
        this.schedule();
        io.info(`${record.name}: running on ${record.port}`);
        return published;
    }
    async stop() {
        this.stopping ??= (async () => {
            clearTimeout(this.timer);
            clearTimeout(this.dtrToggle);
            this.timer = undefined;
            await this.bridge.stop();
            await new Promise((resolve) => {
                if (this.control === undefined)
                    resolve();
                else
                    this.control.close(() => resolve());
            });
            await this.saveFlash();
            await (0,promises_namespaceObject.rm)((0,external_node_path_namespaceObject.join)(this.options.directory, 'board.json'), { force: true });
            await (0,promises_namespaceObject.rm)(this.options.record.control, { force: true });
            this.resolveStopped();
        })();
        return this.stopping;
    }
    status() {
        const uptimeMs = Date.now() - this.started;
        return {
            name: this.options.record.name,
            board: this.options.record.board,
            port: this.options.record.port,
            pid: process.pid,
            connected: this.bridge.isConnected,
            emulatedMs: Math.round(this.mcu.cycles / (this.options.frequencyHz / 1000)),
            uptimeMs,
            lagMs: Math.round(this.lagMs),
            resets: this.mcu.resets,
            flashFile: this.options.record.flashFile,
        };
    }
    async handle(command) {
        if (command === 'reset') {
            clearTimeout(this.dtrToggle);
            this.mcu.reset('external');
            return { ok: true, ...this.status() };
        }
        if (command === 'stop') {
            setImmediate(() => void this.stop());
            return { ok: true, stopping: true };
        }
        return { ok: true, ...this.status() };
    }
    async saveFlash() {
        const file = this.options.record.flashFile;
        if (file !== null)
            await writeFlashFile(file, this.mcu.flash);
    }
    /** Runs the MCU up to wall-clock time, then yields; catching up is capped so a slow host lags rather than races. */
    schedule() {
        const cyclesPerMs = this.options.frequencyHz / 1000;
        const run = () => {
            const now = performance.now();
            let target = this.anchorCycles + (now - this.anchorWall) * cyclesPerMs;
            const behindMs = (target - this.mcu.cycles) / cyclesPerMs;
            if (behindMs > maxLagMs) {
                this.lagMs += behindMs - maxLagMs;
                this.anchorCycles = this.mcu.cycles + maxLagMs * cyclesPerMs - (now - this.anchorWall) * cyclesPerMs;
                target = this.mcu.cycles + maxLagMs * cyclesPerMs;
            }
            this.mcu.runUntil(target);
            this.flushTransmitted();
            this.timer = setTimeout(run, this.bridge.isConnected ? connectedSliceMs : idleSliceMs);
        };
        this.timer = setTimeout(run, 0);
    }
}

;// CONCATENATED MODULE: ./src/virtual/boards.ts

const debianBootloaders = '/usr/share/arduino/hardware/arduino/avr/bootloaders';
const virtualBoardModels = [
    {
        name: 'uno',
        description: 'Arduino Uno: ATmega328P at 16 MHz with optiboot (115200 baud)',
        frequencyHz: 16_000_000,
        defaultBootloader: `${debianBootloaders}/optiboot/optiboot_atmega328.hex`,
        bootloaderBaud: 115200,
    },
    {
        name: 'nano',
        description: 'Arduino Nano (new bootloader): ATmega328P at 16 MHz with optiboot (115200 baud)',
        frequencyHz: 16_000_000,
        defaultBootloader: `${debianBootloaders}/optiboot/optiboot_atmega328.hex`,
        bootloaderBaud: 115200,
    },
];
function virtualBoardModel(name) {
    const model = virtualBoardModels.find((entry) => entry.name === name);
    if (model === undefined) {
        throw new BoardlineError('usage', `Input "board": there is no virtual board "${name}"`, {
            hint: `Fix: use one of ${virtualBoardModels.map((entry) => entry.name).join(', ')}`,
        });
    }
    return model;
}

;// CONCATENATED MODULE: ./src/virtual/prepare-board.ts







/** The name asked for, or the first free one of the model's: uno0, uno1, … */
async function chooseName(stateDir, model, name) {
    if (name !== undefined) {
        checkBoardName(name);
        const running = await findBoard(stateDir, name);
        if (running !== undefined) {
            throw new BoardlineError('usage', `Input "name": a virtual board named ${name} is already running (pid ${running.pid}, port ${running.port})`, {
                hint: `Fix: choose another name, or stop it first: boardline virtual-board stop --name ${name}`,
            });
        }
        return name;
    }
    for (let index = 0;; index += 1) {
        const candidate = `${model.name}${index}`;
        if ((await findBoard(stateDir, candidate)) === undefined)
            return candidate;
    }
}
/**
 * Everything a virtual board needs before it runs, checked up front so that bad input fails in
 * the foreground with a clear error: the model, a free name, the bootloader, and its flash —
 * kept from the flash file if there is one, else erased, with the bootloader and any firmware.
 */
async function prepareBoard(request, stateDir) {
    const model = virtualBoardModel(request.board);
    const name = await chooseName(stateDir, model, request.name);
    const bootloaderPath = (0,external_node_path_namespaceObject.resolve)(request.bootloader ?? model.defaultBootloader);
    const bootloader = await loadBootloader(bootloaderPath);
    const flashFile = request['flash-file'] === undefined ? null : (0,external_node_path_namespaceObject.resolve)(request['flash-file']);
    const flash = (flashFile === null ? undefined : await readFlashFile(flashFile)) ?? freshFlash(bootloader);
    if (request.firmware !== undefined) {
        const path = (0,external_node_path_namespaceObject.resolve)(request.firmware);
        const image = parseIntelHex(await (0,promises_namespaceObject.readFile)(path, 'latin1').catch((error) => {
            throw new BoardlineError('usage', `Input "firmware": cannot read ${path}: ${error.message}`, { cause: error });
        }), path);
        const end = image.start + image.data.length;
        if (end > bootloader.start) {
            throw new BoardlineError('usage', `Input "firmware": ${path} reaches 0x${end.toString(16)}, into the bootloader at 0x${bootloader.start.toString(16)}`, {
                hint: `Fix: the application must fit in ${bootloader.start} bytes`,
            });
        }
        flash.fill(0xff, 0, bootloader.start);
        placeImage(flash, image, bootloader.start);
    }
    const directory = boardDirectory(stateDir, name);
    return {
        model,
        name,
        directory,
        flash,
        bootStartByte: bootloader.start,
        record: {
            name,
            board: model.name,
            port: (0,external_node_path_namespaceObject.join)(directory, 'tty'),
            control: (0,external_node_path_namespaceObject.join)(directory, 'control.sock'),
            bootloader: bootloaderPath,
            flashFile,
        },
    };
}

;// CONCATENATED MODULE: ./src/capabilities/virtual-board.ts












const boardInputs = {
    board: {
        kind: 'choice',
        choices: virtualBoardModels.map((model) => model.name),
        default: 'uno',
        description: 'Which board to emulate.',
    },
    name: { kind: 'string', description: 'Name to reach the board by, also as a port value; by default the first free of uno0, uno1, …' },
    bootloader: {
        kind: 'path',
        description: "Bootloader .hex to run; by default the board's own from Debian's arduino-core-avr (optiboot).",
    },
    firmware: { kind: 'path', description: 'Application .hex to put in flash before starting, as if flashed earlier.' },
    'flash-file': {
        kind: 'path',
        description: 'Keep flash in this file: read at start if it exists, written after each programming session and at stop.',
    },
    'bridge-latency': {
        kind: 'duration',
        default: '0ms',
        description: 'Delay each direction of the serial link, as a USB-serial bridge (CH340, 16U2) does; 2ms is typical.',
    },
};
const boardOutputs = {
    name: 'The board name; usable as a port value.',
    port: 'Stable path of the board serial port.',
    control: 'Path of the board control socket.',
    pid: 'Process running the board.',
};
const virtualBoardRunSpec = defineCapability({
    name: 'virtual-board run',
    title: 'Boardline: run a virtual board',
    description: 'Run a virtual board in the foreground until stopped (what virtual-board start runs in the background).',
    inputs: boardInputs,
    outputs: boardOutputs,
});
const virtualBoardStartSpec = defineCapability({
    name: 'virtual-board start',
    title: 'Boardline: start a virtual board',
    description: 'Start an emulated board running its real bootloader behind a serial port, in the background.',
    inputs: boardInputs,
    outputs: boardOutputs,
});
const nameInput = { name: { kind: 'string', required: true, description: 'The virtual board.' } };
const virtualBoardStatusSpec = defineCapability({
    name: 'virtual-board status',
    title: 'Boardline: virtual board status',
    description: 'Show the running virtual boards, or one of them.',
    inputs: { name: { kind: 'string', description: 'The virtual board; all of them by default.' } },
    outputs: { boards: 'JSON list of the running boards with their port, uptime, emulated time and resets.' },
});
const virtualBoardResetSpec = defineCapability({
    name: 'virtual-board reset',
    title: 'Boardline: reset a virtual board',
    description: 'Reset a virtual board as its reset pin would: the bootloader runs, then the application.',
    inputs: nameInput,
    outputs: { name: 'The board reset.' },
});
const virtualBoardStopSpec = defineCapability({
    name: 'virtual-board stop',
    title: 'Boardline: stop a virtual board',
    description: 'Stop a virtual board, saving its flash to its flash file if it has one.',
    inputs: nameInput,
    outputs: { name: 'The board stopped.' },
});
function recordOutputs(record) {
    return { name: record.name, port: record.port, control: record.control, pid: record.pid };
}
async function runningBoard(stateDir, name) {
    const record = await findBoard(stateDir, name);
    if (record === undefined) {
        const running = (await listBoards(stateDir)).map((board) => board.name);
        throw new BoardlineError('port', `No virtual board named ${name} is running`, {
            hint: running.length === 0 ? 'Fix: start one: boardline virtual-board start --name ' + name : `Fix: use one of ${running.join(', ')}`,
        });
    }
    return record;
}
async function virtualBoardRun(options, io, context) {
    const prepared = await prepareBoard(options, context.stateDir);
    const runner = new BoardRunner({
        record: prepared.record,
        directory: prepared.directory,
        flash: prepared.flash,
        bootStartByte: prepared.bootStartByte,
        frequencyHz: prepared.model.frequencyHz,
        bridgeLatencyMs: options['bridge-latency'],
        io,
    });
    const record = await runner.start();
    io.signal.addEventListener('abort', () => void runner.stop(), { once: true });
    await runner.done;
    return {
        outputs: recordOutputs(record),
        summary: `Virtual board \`${record.name}\` ran on \`${record.port}\` and stopped.`,
        text: `${record.name} stopped`,
    };
}
/** Flags for `virtual-board run` that reproduce these options. */
function runArguments(options, name) {
    const args = ['virtual-board', 'run', '--board', options.board, '--name', name, '--bridge-latency', `${options['bridge-latency']}ms`];
    if (options.bootloader !== undefined)
        args.push('--bootloader', options.bootloader);
    if (options.firmware !== undefined)
        args.push('--firmware', options.firmware);
    if (options['flash-file'] !== undefined)
        args.push('--flash-file', options['flash-file']);
    return args;
}
async function virtualBoardStart(options, io, context) {
    // Checked here too, so bad input fails in the foreground rather than in the background's log.
    const prepared = await prepareBoard(options, context.stateDir);
    const directory = boardDirectory(context.stateDir, prepared.name);
    await (0,promises_namespaceObject.mkdir)(directory, { recursive: true });
    const logPath = (0,external_node_path_namespaceObject.join)(directory, 'board.log');
    const log = await (0,promises_namespaceObject.open)(logPath, 'w');
    const [command = process.execPath, ...prefix] = context.selfCommand;
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, [...prefix, ...runArguments(options, prepared.name)], { detached: true, stdio: ['ignore', log.fd, log.fd] });
    await log.close();
    let exited;
    child.once('exit', (code) => (exited = code));
    child.unref();
    const deadlineMs = 15_000;
    for (let waited = 0;; waited += 25) {
        const record = await findBoard(context.stateDir, prepared.name);
        if (record !== undefined && record.pid === child.pid) {
            io.info(`Virtual ${prepared.model.description} ${record.name} runs on ${record.port} (pid ${record.pid}; log ${logPath})`);
            return {
                outputs: recordOutputs(record),
                summary: `Virtual board \`${record.name}\` (${prepared.model.name}) runs on \`${record.port}\`.`,
                text: record.port,
            };
        }
        if (exited !== undefined || waited > deadlineMs) {
            if (exited === undefined)
                child.kill('SIGTERM');
            const tail = (await (0,promises_namespaceObject.readFile)(logPath, 'utf8').catch(() => '')).trim().split('\n').slice(-10).join('\n');
            throw new BoardlineError('failed', `The virtual board ${prepared.name} did not start${exited === undefined ? ` within ${formatDuration(deadlineMs)}` : ` (exit code ${String(exited)})`}`, {
                hint: `Fix: see its log ${logPath}`,
                details: tail,
            });
        }
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(25);
    }
}
async function virtualBoardStatus(options, _io, context) {
    const records = options.name === undefined ? await listBoards(context.stateDir) : [await runningBoard(context.stateDir, options.name)];
    const statuses = await Promise.all(records.map(async (record) => (await sendControl(record.control, 'status'))));
    const lines = statuses.map((board) => `${board.name}  ${board.board}  ${board.port}  pid ${board.pid}  up ${formatDuration(board.uptimeMs)}  resets ${board.resets}${board.connected ? '  (port open)' : ''}`);
    return {
        outputs: { boards: statuses },
        summary: lines.length === 0 ? 'No virtual boards are running.' : lines.map((line) => `- ${line}`).join('\n'),
        text: lines.length === 0 ? 'No virtual boards are running.' : lines.join('\n'),
    };
}
async function virtualBoardReset(options, io, context) {
    const record = await runningBoard(context.stateDir, options.name);
    await sendControl(record.control, 'reset');
    io.info(`Reset ${record.name}`);
    return { outputs: { name: record.name }, summary: `Reset virtual board \`${record.name}\`.`, text: `${record.name} reset` };
}
async function virtualBoardStop(options, _io, context) {
    const record = await runningBoard(context.stateDir, options.name);
    await sendControl(record.control, 'stop');
    for (let waited = 0; (await findBoard(context.stateDir, record.name)) !== undefined; waited += 25) {
        if (waited > 10_000)
            throw new BoardlineError('failed', `The virtual board ${record.name} (pid ${record.pid}) did not stop within 10s`);
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(25);
    }
    return { outputs: { name: record.name }, summary: `Stopped virtual board \`${record.name}\`.`, text: `${record.name} stopped` };
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
    capability(virtualBoardStartSpec, virtualBoardStart),
    capability(virtualBoardStatusSpec, virtualBoardStatus),
    capability(virtualBoardResetSpec, virtualBoardReset),
    capability(virtualBoardStopSpec, virtualBoardStop),
    capability(virtualBoardRunSpec, virtualBoardRun),
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
/** A progress bar for an interactive terminal, redrawn in place: `Writing [#####-----]  50% 12288/24448 bytes`. */
function progressBar(label, done, total, width = 30) {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(fraction * width);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${done}/${total} bytes`;
}
/**
 * The core's Io at a terminal: everything goes to stderr, so stdout carries only the result.
 * When stderr is an interactive terminal, progress is a bar redrawn in place.
 */
function terminalIo(stderr, signal, verbose) {
    let barShown = false;
    const write = (line) => {
        stderr.write(`${barShown ? '\n' : ''}${line}\n`);
        barShown = false;
    };
    const progress = (label, done, total) => {
        stderr.write(`\r${progressBar(label, done, total)}`);
        barShown = done < total;
        if (!barShown)
            stderr.write('\n');
    };
    return {
        signal,
        ...(stderr.isTTY === true ? { progress } : {}),
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
        const { stdin: input, stdout: output, tempDir, lockDir, stateDir, selfCommand } = terminal;
        const context = { input, output, tempDir, lockDir, stateDir, selfCommand };
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
    // Commands are one word (ports) or a group and a verb (virtual-board start).
    const [verb, ...afterVerb] = rest;
    const grouped = capabilities.find((entry) => entry.spec.name === `${command} ${verb ?? ''}`);
    if (grouped !== undefined)
        return runCommand(grouped, afterVerb, terminal);
    const capability = capabilities.find((entry) => entry.spec.name === command);
    if (capability !== undefined)
        return runCommand(capability, rest, terminal);
    const group = capabilities.filter((entry) => entry.spec.name.startsWith(`${command} `)).map((entry) => entry.spec.name);
    const error = group.length > 0
        ? new BoardlineError('usage', verb === undefined || verb.startsWith('-') ? `${command} needs a command` : `Unknown command "${command} ${verb}"`, {
            hint: `Fix: use one of ${group.join(', ')}`,
        })
        : new BoardlineError('usage', `Unknown command "${command}"`, {
            hint: `Fix: use one of ${[...new Set(capabilities.map((entry) => entry.spec.name.split(' ')[0]))].join(', ')} (boardline --help)`,
        });
    return reportError(terminal, error, rest.includes('--json'));
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
    ...contextDirectories(process.env, { tempDir: (0,external_node_os_namespaceObject.tmpdir)(), uid: process.getuid?.() ?? 0 }),
    // Background work (a virtual board) runs this same CLI again, under the same node and flags.
    selfCommand: [process.execPath, ...process.execArgv, process.argv[1] ?? ''],
}).then((code) => {
    process.exitCode = code;
    // A command that read stdin (monitor) leaves it flowing; let the process end.
    process.stdin.pause();
});

})();

module.exports = __webpack_exports__;
/******/ })()
;