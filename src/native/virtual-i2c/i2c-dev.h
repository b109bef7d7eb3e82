/*
 * The semantics of one open Linux i2c-dev file (/dev/i2c-N), written from the
 * documented interface (Documentation/i2c/dev-interface.rst, linux/i2c-dev.h),
 * over a bus_client instead of an adapter. Shared by the preload shim and the
 * FUSE daemon; they differ only in how the caller's memory is reached.
 */
#ifndef BOARDLINE_I2C_DEV_H
#define BOARDLINE_I2C_DEV_H

#include <stddef.h>
#include <stdint.h>

#include "bus-client.h"

/* How to reach the memory an ioctl argument points into. */
struct i2cdev_memory {
  int (*read)(void *context, void *to, uint64_t from, size_t length);        /* 0 or -EFAULT */
  int (*write)(void *context, uint64_t to, const void *from, size_t length); /* 0 or -EFAULT */
  void *context;
  int compat32; /* the caller is a 32-bit process: pointers and unsigned long are 4 bytes */
};

/* What i2c-dev keeps per open file. */
struct i2cdev_file {
  uint16_t address; /* set by I2C_SLAVE / I2C_SLAVE_FORCE; 0 until then, as in i2c-dev */
  int ten_bit;      /* I2C_TENBIT */
  int pec;          /* I2C_PEC: SMBus transfers carry a packet error code */
};

/* The functionality bits a plain I2C adapter reports when the I2C core emulates SMBus on it. */
unsigned long i2cdev_functionality(void);

void i2cdev_file_init(struct i2cdev_file *file);

/* ioctl(2) on the file: the ioctl's return value (>= 0), or a negative errno. */
long i2cdev_ioctl(struct i2cdev_file *file, struct bus_client *bus, unsigned long command, uint64_t argument,
                  const struct i2cdev_memory *memory);

/* read(2)/write(2): one message to the set address; bytes moved, or a negative errno. */
long i2cdev_read(struct i2cdev_file *file, struct bus_client *bus, void *buffer, size_t count);
long i2cdev_write(struct i2cdev_file *file, struct bus_client *bus, const void *buffer, size_t count);

#endif
