/* See smbus-emulation.h. The message shapes follow the SMBus 3.x transaction diagrams. */
#include "smbus-emulation.h"

#include <errno.h>
#include <string.h>

/* SMBus PEC: CRC-8, polynomial x^8 + x^2 + x + 1, initial value 0, no reflection. */
static uint8_t crc8(uint8_t crc, const uint8_t *bytes, size_t length) {
  for (size_t i = 0; i < length; i++) {
    crc ^= bytes[i];
    for (int bit = 0; bit < 8; bit++) crc = (uint8_t)(crc & 0x80 ? (crc << 1) ^ 0x07 : crc << 1);
  }
  return crc;
}

/* The PEC covers every byte on the wire, address bytes included (the 7-bit form; PEC with ten-bit is undefined). */
static uint8_t message_crc(uint8_t crc, const struct bus_message *m, size_t length) {
  uint8_t address_byte = (uint8_t)(m->address << 1 | (m->flags & I2C_M_RD ? 1 : 0));
  return crc8(crc8(crc, &address_byte, 1), m->data, length);
}

int smbus_transfer(struct bus_client *bus, const struct smbus_target *target, uint8_t read_write, uint8_t command,
                   uint32_t size, union i2c_smbus_data *data) {
  /* The largest transaction: command, count, 32 bytes, PEC out; count, 32 bytes, PEC in. */
  uint8_t out[I2C_SMBUS_BLOCK_MAX + 3] = {command};
  uint8_t in[I2C_SMBUS_BLOCK_MAX + 2] = {0};
  struct bus_message m[2] = {
      {.address = target->address, .flags = target->message_flags, .length = 1, .data = out},
      {.address = target->address, .flags = target->message_flags | I2C_M_RD, .length = 0, .data = in},
  };
  unsigned count = 2; /* most transactions: write the command, repeated START, read */
  int read = read_write == I2C_SMBUS_READ;

  switch (size) {
  case I2C_SMBUS_QUICK: /* the R/W bit is the data: an address byte and nothing else */
    m[0].length = 0;
    m[0].flags |= read ? I2C_M_RD : 0;
    count = 1;
    break;
  case I2C_SMBUS_BYTE:
    if (read) m[0] = m[1], m[0].length = 1;
    count = 1;
    break;
  case I2C_SMBUS_BYTE_DATA:
    if (read) m[1].length = 1;
    else out[1] = data->byte, m[0].length = 2, count = 1;
    break;
  case I2C_SMBUS_WORD_DATA:
  case I2C_SMBUS_PROC_CALL: /* a process call writes a word and reads one back, whatever read_write says */
    if (read && size == I2C_SMBUS_WORD_DATA) {
      m[1].length = 2;
      break;
    }
    out[1] = (uint8_t)data->word, out[2] = (uint8_t)(data->word >> 8), m[0].length = 3;
    if (size == I2C_SMBUS_PROC_CALL) m[1].length = 2, read = 1;
    else count = 1;
    break;
  case I2C_SMBUS_BLOCK_DATA:
  case I2C_SMBUS_BLOCK_PROC_CALL:
    if (!read || size == I2C_SMBUS_BLOCK_PROC_CALL) {
      if (data->block[0] > I2C_SMBUS_BLOCK_MAX) return -EINVAL;
      memcpy(out + 1, data->block, data->block[0] + 1u); /* the count byte, then the bytes */
      m[0].length = (uint16_t)(data->block[0] + 2);
      if (size == I2C_SMBUS_BLOCK_DATA) count = 1;
    }
    if (read || size == I2C_SMBUS_BLOCK_PROC_CALL) {
      /* The device says how many bytes follow: the adapter reads the count byte first. */
      m[1].flags |= I2C_M_RECV_LEN;
      m[1].length = I2C_SMBUS_BLOCK_MAX + 1;
      read = 1;
    }
    break;
  case I2C_SMBUS_I2C_BLOCK_DATA: /* no count byte on the wire: block[0] is only the caller's length */
    if (data->block[0] > I2C_SMBUS_BLOCK_MAX) return -EINVAL;
    if (read) m[1].length = data->block[0];
    else memcpy(out + 1, data->block + 1, data->block[0]), m[0].length = (uint16_t)(data->block[0] + 1), count = 1;
    break;
  default:
    return -EOPNOTSUPP;
  }

  /*
   * PEC: on a write-only transaction the master appends it; on one that reads, the slave sends it
   * after the last byte. The I2C-block and quick forms have none. A block read's count-driven length
   * cannot ask the bus for the extra byte, so it goes unchecked (SMBus devices on this bus have no PEC).
   */
  int pec = target->pec && size != I2C_SMBUS_QUICK && size != I2C_SMBUS_I2C_BLOCK_DATA &&
            !(m[count - 1].flags & I2C_M_RECV_LEN);
  if (pec && !(m[count - 1].flags & I2C_M_RD)) {
    out[m[0].length] = message_crc(0, &m[0], m[0].length);
    m[0].length++;
  } else if (pec) {
    m[count - 1].length++;
  }

  int result = bus_client_transfer(bus, m, count);
  if (result != 0) return result;

  struct bus_message *last = &m[count - 1];
  if (pec && (last->flags & I2C_M_RD)) {
    uint8_t crc = count == 2 ? message_crc(0, &m[0], m[0].length) : 0;
    if (message_crc(crc, last, last->length - 1u) != last->data[last->length - 1]) return -EBADMSG;
  }
  if (!read) return 0;
  switch (size) {
  case I2C_SMBUS_BYTE:
  case I2C_SMBUS_BYTE_DATA:
    data->byte = last->data[0];
    break;
  case I2C_SMBUS_WORD_DATA:
  case I2C_SMBUS_PROC_CALL:
    data->word = (uint16_t)(last->data[0] | last->data[1] << 8);
    break;
  case I2C_SMBUS_BLOCK_DATA:
  case I2C_SMBUS_BLOCK_PROC_CALL:
    memcpy(data->block, in, last->length); /* count byte, then the bytes */
    break;
  case I2C_SMBUS_I2C_BLOCK_DATA:
    memcpy(data->block + 1, in, data->block[0]);
    break;
  }
  return 0;
}
