/* See i2c-dev.h. The rules here are i2c-dev's documented ones; the comments say where a choice was made. */
#include "i2c-dev.h"

#include <errno.h>
#include <limits.h>
#include <linux/i2c-dev.h>
#include <linux/i2c.h>
#include <stdlib.h>
#include <string.h>

#include "bus-protocol.h"
#include "smbus-emulation.h"

/*
 * A plain adapter (I2C_FUNC_I2C) whose SMBus the core emulates. EMUL_ALL rather than EMUL: the bus
 * does I2C_M_RECV_LEN, so SMBus block read and block process call work (i2cget's "s" mode asks for
 * them). No I2C_FUNC_10BIT_ADDR: the bus only has 7-bit addresses.
 */
unsigned long i2cdev_functionality(void) { return I2C_FUNC_I2C | I2C_FUNC_SMBUS_EMUL_ALL; }

void i2cdev_file_init(struct i2cdev_file *file) { memset(file, 0, sizeof *file); }

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const uint8_t *p) { return (uint32_t)le16(p) | (uint32_t)le16(p + 2) << 16; }
static uint64_t le64(const uint8_t *p) { return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32; }

/*
 * Structures are read as bytes at their ABI offsets so a 64-bit FUSE daemon can serve a 32-bit
 * caller. Both ABIs put the pointer at offset 8 in i2c_msg and i2c_smbus_ioctl_data; only the
 * pointer width (and so the struct size) differs. All targets here are little-endian.
 */
static uint64_t pointer_at(const uint8_t *p, int compat32) { return compat32 ? le32(p) : le64(p); }

static long rdwr(struct i2cdev_file *file, struct bus_client *bus, uint64_t argument, const struct i2cdev_memory *mem) {
  (void)file; /* I2C_RDWR messages carry their own addresses and flags */
  uint8_t header[16];
  size_t header_size = mem->compat32 ? 8 : 16;
  if (mem->read(mem->context, header, argument, header_size) != 0) return -EFAULT;
  uint64_t messages_at = pointer_at(header, mem->compat32);
  uint32_t count = le32(header + (mem->compat32 ? 4 : 8));
  if (messages_at == 0 || count == 0 || count > I2C_RDWR_IOCTL_MAX_MSGS) return -EINVAL;

  size_t message_size = mem->compat32 ? 12 : 16;
  uint8_t raw[I2C_RDWR_IOCTL_MAX_MSGS * 16];
  if (mem->read(mem->context, raw, messages_at, message_size * count) != 0) return -EFAULT;

  struct bus_message messages[I2C_RDWR_IOCTL_MAX_MSGS] = {{0}};
  uint64_t buffers[I2C_RDWR_IOCTL_MAX_MSGS];
  long result = 0;
  uint32_t i;
  for (i = 0; i < count; i++) {
    const uint8_t *r = raw + i * message_size;
    struct bus_message *m = &messages[i];
    m->address = le16(r);
    m->flags = le16(r + 2);
    m->length = le16(r + 4);
    buffers[i] = pointer_at(r + 8, mem->compat32);
    if (m->length > BUS_MAX_MESSAGE_LENGTH) {
      result = -EINVAL;
      break;
    }
    m->data = malloc(m->length > 0 ? m->length : 1);
    if (m->data == NULL) {
      result = -ENOMEM;
      break;
    }
    /* i2c-dev copies every buffer in, reads included: a RECV_LEN read's buf[0] is an input. */
    if (m->length > 0 && mem->read(mem->context, m->data, buffers[i], m->length) != 0) {
      result = -EFAULT;
      break;
    }
    if (m->flags & I2C_M_RECV_LEN) {
      /* The documented contract: buf[0] holds the extra bytes wanted (>= 1) and len leaves room for 32 more. */
      if (!(m->flags & I2C_M_RD) || m->length < 1 || m->data[0] < 1 || m->length < m->data[0] + I2C_SMBUS_BLOCK_MAX) {
        result = -EINVAL;
        break;
      }
    }
  }
  if (result == 0) result = bus_client_transfer(bus, messages, count);
  for (uint32_t j = 0; result == 0 && j < count; j++) {
    struct bus_message *m = &messages[j];
    if ((m->flags & I2C_M_RD) && m->length > 0 && mem->write(mem->context, buffers[j], m->data, m->length) != 0)
      result = -EFAULT;
  }
  for (uint32_t j = 0; j < count && j <= i; j++) free(messages[j].data);
  return result == 0 ? (long)count : result;
}

static long smbus(struct i2cdev_file *file, struct bus_client *bus, uint64_t argument, const struct i2cdev_memory *mem) {
  uint8_t raw[16];
  if (mem->read(mem->context, raw, argument, mem->compat32 ? 12 : 16) != 0) return -EFAULT;
  uint8_t read_write = raw[0], command = raw[1];
  uint32_t size = le32(raw + 4);
  uint64_t data_at = pointer_at(raw + 8, mem->compat32);

  if (size > I2C_SMBUS_I2C_BLOCK_DATA || (read_write != I2C_SMBUS_READ && read_write != I2C_SMBUS_WRITE))
    return -EINVAL;
  struct smbus_target target = {
      .address = file->address,
      .message_flags = file->ten_bit ? I2C_M_TEN : 0,
      .pec = file->pec,
  };
  union i2c_smbus_data data;
  memset(&data, 0, sizeof data);
  /* These two move no data, so a NULL data pointer is fine for them. */
  if (size == I2C_SMBUS_QUICK || (size == I2C_SMBUS_BYTE && read_write == I2C_SMBUS_WRITE))
    return smbus_transfer(bus, &target, read_write, command, size, &data);
  if (data_at == 0) return -EINVAL;

  size_t data_size = size == I2C_SMBUS_BYTE || size == I2C_SMBUS_BYTE_DATA           ? 1
                     : size == I2C_SMBUS_WORD_DATA || size == I2C_SMBUS_PROC_CALL ? 2
                                                                                   : sizeof data.block;
  int calls_back = size == I2C_SMBUS_PROC_CALL || size == I2C_SMBUS_BLOCK_PROC_CALL;
  /* The caller's data is input for writes and process calls, and for an I2C-block read (its length). */
  if (calls_back || size == I2C_SMBUS_I2C_BLOCK_DATA || read_write == I2C_SMBUS_WRITE) {
    if (mem->read(mem->context, &data, data_at, data_size) != 0) return -EFAULT;
  }
  /* The old "broken" I2C-block ioctl: reads are always 32 bytes. */
  if (size == I2C_SMBUS_I2C_BLOCK_BROKEN) {
    size = I2C_SMBUS_I2C_BLOCK_DATA;
    if (read_write == I2C_SMBUS_READ) data.block[0] = I2C_SMBUS_BLOCK_MAX;
  }
  int result = smbus_transfer(bus, &target, read_write, command, size, &data);
  if (result == 0 && (calls_back || read_write == I2C_SMBUS_READ)) {
    if (mem->write(mem->context, data_at, &data, data_size) != 0) return -EFAULT;
  }
  return result;
}

long i2cdev_ioctl(struct i2cdev_file *file, struct bus_client *bus, unsigned long command, uint64_t argument,
                  const struct i2cdev_memory *mem) {
  switch (command) {
  case I2C_SLAVE:
  case I2C_SLAVE_FORCE:
    /* No kernel driver binds to an address on a virtual bus, so I2C_SLAVE is never EBUSY here. */
    if (argument > 0x3ff || (!file->ten_bit && argument > 0x7f)) return -EINVAL;
    file->address = (uint16_t)argument;
    return 0;
  case I2C_TENBIT:
    /* i2c-dev records the mode without asking the adapter; the bus refuses I2C_M_TEN (EOPNOTSUPP) on use. */
    file->ten_bit = argument != 0;
    return 0;
  case I2C_PEC:
    file->pec = argument != 0;
    return 0;
  case I2C_RETRIES:
    return 0; /* arbitration-loss retries: nothing loses arbitration on this bus */
  case I2C_TIMEOUT:
    return argument > INT_MAX ? -EINVAL : 0; /* the bus answers or closes; a timeout never fires */
  case I2C_FUNCS: {
    unsigned long funcs = i2cdev_functionality();
    uint8_t bytes[8];
    for (int i = 0; i < 8; i++) bytes[i] = (uint8_t)((uint64_t)funcs >> (8 * i));
    return mem->write(mem->context, argument, bytes, mem->compat32 ? 4 : sizeof(unsigned long)) != 0 ? -EFAULT : 0;
  }
  case I2C_RDWR:
    return rdwr(file, bus, argument, mem);
  case I2C_SMBUS:
    return smbus(file, bus, argument, mem);
  default:
    return -ENOTTY;
  }
}

/* read()/write(): one message each, at most 8192 bytes (i2c-dev shortens larger requests). */
static long single(struct i2cdev_file *file, struct bus_client *bus, void *buffer, size_t count, uint16_t flags) {
  if (count > BUS_MAX_MESSAGE_LENGTH) count = BUS_MAX_MESSAGE_LENGTH;
  struct bus_message m = {
      .address = file->address,
      .flags = (uint16_t)(flags | (file->ten_bit ? I2C_M_TEN : 0)),
      .length = (uint16_t)count,
      .data = buffer,
  };
  int result = bus_client_transfer(bus, &m, 1);
  return result == 0 ? (long)count : result;
}

long i2cdev_read(struct i2cdev_file *file, struct bus_client *bus, void *buffer, size_t count) {
  return single(file, bus, buffer, count, I2C_M_RD);
}

long i2cdev_write(struct i2cdev_file *file, struct bus_client *bus, const void *buffer, size_t count) {
  return single(file, bus, (void *)buffer, count, 0);
}
