/* A connection to the bus daemon's socket: HELLO once, then one TRANSFER at a time. */
#ifndef BOARDLINE_BUS_CLIENT_H
#define BOARDLINE_BUS_CLIENT_H

#include <stdint.h>

struct bus_client {
  int fd; /* -1 once the socket closed or misbehaved: every later transfer is EIO */
};

/* One I2C message, as struct i2c_msg but with the buffer always in our memory. */
struct bus_message {
  uint16_t address;
  uint16_t flags;  /* I2C_M_* */
  uint16_t length; /* for I2C_M_RECV_LEN: in, the buffer's room; out, count byte + data */
  uint8_t *data;
};

/* Connects and says HELLO. 0, or a negative errno (the client is left closed). */
int bus_client_connect(struct bus_client *client, const char *socket_path, unsigned bus, uint32_t pid,
                       const char *program);

/* Runs the messages as one atomic transfer. 0, or a negative errno (ENXIO for an address NACK, ...). */
int bus_client_transfer(struct bus_client *client, struct bus_message *messages, unsigned count);

void bus_client_close(struct bus_client *client);

#endif
