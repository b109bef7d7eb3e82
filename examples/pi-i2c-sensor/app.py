#!/usr/bin/env python3
"""pi-i2c-sensor: a Bosch BMP280 on the Pi's I2C bus, served as JSON on port 6769.

GET /        {"temperature": 21.5, "pressure": 1013.25, "chip_id": 88}  (°C, hPa), or 503 with "error"
GET /health  200 when a reading succeeds, 503 with the error otherwise

Every request takes a fresh reading (one forced measurement), so what the sensor measures now is
what the answer says. A missing bus, a silent address or another chip is an answer (503), not a
crash: the container keeps running and the next request tries again.

Settings (environment): I2C_BUS (1: /dev/i2c-1), BMP280_ADDRESS (0x76; 0x77 when SDO is high),
PORT (6769).
"""

import errno
import http.server
import json
import os
import signal
import sys
import threading
import time

from smbus2 import SMBus

BUS = int(os.environ.get("I2C_BUS", "1"))
ADDRESS = int(os.environ.get("BMP280_ADDRESS", "0x76"), 0)
PORT = int(os.environ.get("PORT", "6769"))

# Register map (BMP280 datasheet, section 4).
REG_CALIBRATION = 0x88  # dig_T1 … dig_P9: 12 little-endian words
REG_CHIP_ID = 0xD0
REG_STATUS = 0xF3
REG_CTRL_MEAS = 0xF4
REG_CONFIG = 0xF5
REG_DATA = 0xF7  # press_msb … temp_xlsb: read in one burst so both belong to the same measurement
BMP280_CHIP_ID = 0x58
STATUS_MEASURING = 0x08

# Temperature ×2, pressure ×16, forced mode: the datasheet's "ultra high resolution" setting, one
# measurement per write. The IIR filter stays off, so a new value shows in the very next reading.
OSRS_T, OSRS_P = 2, 16
OSRS_CODE = {1: 1, 2: 2, 4: 3, 8: 4, 16: 5}
CTRL_MEAS_FORCED = OSRS_CODE[OSRS_T] << 5 | OSRS_CODE[OSRS_P] << 2 | 0x01
# The datasheet's maximum measurement time (section 3.8.1), in seconds.
MEASURE_MAX_S = (1.25 + 2.3 * OSRS_T + 2.3 * OSRS_P + 0.575) / 1000
# A data register the part did not write (a skipped measurement) holds 0x80000.
SKIPPED = 0x80000


class SensorError(Exception):
    """A reading that failed, with the message the client gets."""


def int32(value):
    """The value as C's int32_t holds it: the datasheet's 32-bit formula wraps."""
    return (value + 0x80000000) % 0x100000000 - 0x80000000


def c_div(numerator, denominator):
    """Division as C's int64_t does it: truncated towards zero, where Python's // floors."""
    quotient = abs(numerator) // abs(denominator)
    return quotient if (numerator < 0) == (denominator < 0) else -quotient


class Calibration:
    """The trimming words the part was calibrated with at the factory, from 0x88 … 0x9F."""

    def __init__(self, raw):
        words = [raw[i] | raw[i + 1] << 8 for i in range(0, 24, 2)]
        signed = [w - 0x10000 if w & 0x8000 else w for w in words]
        # dig_T1 and dig_P1 are unsigned; the others are signed.
        self.t1, self.t2, self.t3 = words[0], signed[1], signed[2]
        self.p1 = words[3]
        self.p2, self.p3, self.p4, self.p5, self.p6, self.p7, self.p8, self.p9 = signed[4:12]


def compensate_temperature(adc_t, cal):
    """The datasheet's 32-bit integer formula: (temperature in 0.01 °C, t_fine for the pressure)."""
    var1 = int32(((adc_t >> 3) - (cal.t1 << 1)) * cal.t2) >> 11
    offset = (adc_t >> 4) - cal.t1
    var2 = int32((int32(offset * offset) >> 12) * cal.t3) >> 14
    t_fine = int32(var1 + var2)
    return (t_fine * 5 + 128) >> 8, t_fine


def compensate_pressure(adc_p, t_fine, cal):
    """The datasheet's 64-bit integer formula: pressure in Pa as Q24.8 (Pa × 256), 0 if undefined."""
    var1 = t_fine - 128000
    var2 = var1 * var1 * cal.p6
    var2 += (var1 * cal.p5) << 17
    var2 += cal.p4 << 35
    var1 = ((var1 * var1 * cal.p3) >> 8) + ((var1 * cal.p2) << 12)
    var1 = (((1 << 47) + var1) * cal.p1) >> 33
    if var1 == 0:
        return 0  # the datasheet's guard against a division by zero
    p = 1048576 - adc_p
    p = c_div(((p << 31) - var2) * 3125, var1)
    var1 = (cal.p9 * (p >> 13) * (p >> 13)) >> 25
    var2 = (cal.p8 * p) >> 19
    return ((p + var1 + var2) >> 8) + (cal.p7 << 4)


def describe_os_error(error, device):
    """What a failed bus call means, in the terms of the wiring."""
    code = errno.errorcode.get(error.errno, str(error.errno))
    if error.errno == errno.ENOENT:
        return f"no I2C bus {device} (ENOENT): is I2C enabled, and the device passed into the container?"
    if error.errno == errno.ENXIO:
        return f"no device answers at {ADDRESS:#04x} on {device} (ENXIO): check the wiring and BMP280_ADDRESS"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to open {device} ({code}): run as a member of the i2c group"
    return f"{device}: {os.strerror(error.errno) if error.errno else error} ({code})"


def read_sensor():
    """One forced measurement: chip id, trimming, then temperature and pressure, compensated."""
    device = f"/dev/i2c-{BUS}"
    try:
        with SMBus(BUS) as bus:
            chip_id = bus.read_byte_data(ADDRESS, REG_CHIP_ID)
            if chip_id != BMP280_CHIP_ID:
                hint = " (0x60 is a BME280)" if chip_id == 0x60 else ""
                raise SensorError(
                    f"the chip at {ADDRESS:#04x} on {device} has id {chip_id:#04x}, not a BMP280's {BMP280_CHIP_ID:#04x}{hint}"
                )
            cal = Calibration(bus.read_i2c_block_data(ADDRESS, REG_CALIBRATION, 24))
            bus.write_byte_data(ADDRESS, REG_CONFIG, 0x00)
            bus.write_byte_data(ADDRESS, REG_CTRL_MEAS, CTRL_MEAS_FORCED)
            # Wait the longest a measurement may take, then for the status bit, which a part that
            # is slower than its datasheet (or an emulated one) keeps set a little longer.
            time.sleep(MEASURE_MAX_S)
            deadline = time.monotonic() + 1.0
            while bus.read_byte_data(ADDRESS, REG_STATUS) & STATUS_MEASURING:
                if time.monotonic() > deadline:
                    raise SensorError(f"the BMP280 at {ADDRESS:#04x} on {device} never finished its measurement")
                time.sleep(0.005)
            data = bus.read_i2c_block_data(ADDRESS, REG_DATA, 6)
    except OSError as error:
        raise SensorError(describe_os_error(error, device)) from error
    adc_p = data[0] << 12 | data[1] << 4 | data[2] >> 4
    adc_t = data[3] << 12 | data[4] << 4 | data[5] >> 4
    if adc_t == SKIPPED or adc_p == SKIPPED:
        raise SensorError(f"the BMP280 at {ADDRESS:#04x} on {device} returned no measurement")
    centi_celsius, t_fine = compensate_temperature(adc_t, cal)
    pressure_q24_8 = compensate_pressure(adc_p, t_fine, cal)
    if pressure_q24_8 == 0:
        raise SensorError(f"the BMP280 at {ADDRESS:#04x} on {device} has trimming that gives no pressure")
    return {
        "temperature": centi_celsius / 100,
        # Q24.8 Pa to hPa, kept to 0.1 Pa: the datasheet's example value (963.862 hPa) has as much.
        "pressure": round(pressure_q24_8 / 256 / 100, 3),
        "chip_id": chip_id,
    }


# One measurement at a time: two requests at once would restart each other's forced measurement.
sensor_lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "pi-i2c-sensor/1"

    def do_GET(self):
        if self.path not in ("/", "/health"):
            self.reply(404, {"error": f"no such path {self.path}; try / or /health"})
            return
        with sensor_lock:
            try:
                reading = read_sensor()
            except SensorError as error:
                self.reply(503, {"error": str(error)})
                return
        self.reply(200, reading if self.path == "/" else {"status": "ok"})

    def reply(self, status, body):
        data = (json.dumps(body) + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        print(f"{self.address_string()} {format % args}", file=sys.stderr, flush=True)


def main():
    # docker stop sends SIGTERM; as PID 1, Python would otherwise ignore it until the kill.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = http.server.ThreadingHTTPServer(("0.0.0.0", PORT), Handler)
    print(f"pi-i2c-sensor: BMP280 at {ADDRESS:#04x} on /dev/i2c-{BUS}, serving on port {PORT}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
