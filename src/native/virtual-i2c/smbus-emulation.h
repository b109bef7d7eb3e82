/*
 * SMBus transactions expressed as plain I2C messages, the way the SMBus
 * specification defines them on the wire — what the I2C core does for an
 * adapter that only speaks I2C (Documentation/i2c/smbus-protocol.rst).
 */
#ifndef BOARDLINE_SMBUS_EMULATION_H
#define BOARDLINE_SMBUS_EMULATION_H

#include <linux/i2c.h>
#include <stdint.h>

#include "bus-client.h"

struct smbus_target {
  uint16_t address;
  uint16_t message_flags; /* I2C_M_TEN when the file is in ten-bit mode */
  int pec;                /* append / check a packet error code where SMBus defines one */
};

/*
 * One SMBus transaction (size = I2C_SMBUS_QUICK ... I2C_SMBUS_I2C_BLOCK_DATA; not BROKEN, i2c-dev
 * maps that first). 0 or a negative errno; data is updated for reads and process calls.
 */
int smbus_transfer(struct bus_client *bus, const struct smbus_target *target, uint8_t read_write, uint8_t command,
                   uint32_t size, union i2c_smbus_data *data);

#endif
