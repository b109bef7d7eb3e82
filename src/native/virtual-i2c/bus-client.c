/*
 * The client side of the bus protocol. It is linked into the LD_PRELOAD shim
 * too, so it only uses calls the shim does not wrap (socket, connect, send,
 * recv, and close through syscall()) — calling the wrapped read/write/close
 * from here would re-enter the shim while it holds its lock.
 */
#define _GNU_SOURCE
#include "bus-client.h"

#include <errno.h>
#include <linux/i2c.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#include "bus-protocol.h"

static void put16(uint8_t *p, uint16_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v) {
  put16(p, (uint16_t)v);
  put16(p + 2, (uint16_t)(v >> 16));
}

static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

static uint32_t get32(const uint8_t *p) { return (uint32_t)get16(p) | (uint32_t)get16(p + 2) << 16; }

void bus_client_close(struct bus_client *client) {
  if (client->fd >= 0) syscall(SYS_close, client->fd);
  client->fd = -1;
}

/* The socket is stream-oriented: loop until everything is out. MSG_NOSIGNAL: a gone daemon is EIO, not SIGPIPE. */
static int send_all(int fd, const uint8_t *p, size_t n) {
  while (n > 0) {
    ssize_t sent = send(fd, p, n, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return -1;
    p += sent;
    n -= (size_t)sent;
  }
  return 0;
}

/* End of stream before the whole frame is a dead daemon: the caller turns it into EIO. */
static int recv_all(int fd, uint8_t *p, size_t n) {
  while (n > 0) {
    ssize_t got = recv(fd, p, n, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return -1;
    p += got;
    n -= (size_t)got;
  }
  return 0;
}

/* Sends one frame (payload already after a 4-byte gap) and reads the answer's payload. */
static int exchange(struct bus_client *client, uint8_t *frame, size_t payload, uint8_t **answer, uint32_t *answer_length) {
  uint8_t header[BUS_FRAME_HEADER];
  put32(frame, (uint32_t)payload);
  if (send_all(client->fd, frame, BUS_FRAME_HEADER + payload) < 0) return -EIO;
  if (recv_all(client->fd, header, sizeof header) < 0) return -EIO;
  uint32_t length = get32(header);
  if (length < BUS_ANSWER_FIXED || length > BUS_MAX_ANSWER) return -EIO;
  uint8_t *buffer = malloc(length);
  if (buffer == NULL) return -ENOMEM;
  if (recv_all(client->fd, buffer, length) < 0) {
    free(buffer);
    return -EIO;
  }
  *answer = buffer;
  *answer_length = length;
  return 0;
}

int bus_client_connect(struct bus_client *client, const char *socket_path, unsigned bus, uint32_t pid,
                       const char *program) {
  struct sockaddr_un address = {.sun_family = AF_UNIX};
  client->fd = -1;
  if (strlen(socket_path) >= sizeof address.sun_path) return -ENAMETOOLONG;
  strcpy(address.sun_path, socket_path);
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -errno;
  while (connect(fd, (struct sockaddr *)&address, sizeof address) < 0) {
    if (errno == EINTR) continue;
    int error = errno;
    syscall(SYS_close, fd);
    return -error;
  }
  client->fd = fd;

  size_t name_length = strlen(program);
  if (name_length > 255) name_length = 255; /* a name is for the trace only */
  uint8_t frame[BUS_FRAME_HEADER + BUS_HELLO_FIXED + 255];
  uint8_t *p = frame + BUS_FRAME_HEADER;
  p[0] = BUS_OP_HELLO;
  put32(p + 1, pid);
  p[5] = (uint8_t)bus;
  memcpy(p + BUS_HELLO_FIXED, program, name_length);
  uint8_t *answer;
  uint32_t answer_length;
  int result = exchange(client, frame, BUS_HELLO_FIXED + name_length, &answer, &answer_length);
  if (result == 0) {
    int32_t status = (int32_t)get32(answer);
    free(answer);
    if (status != 0) result = status > 0 ? -status : -EIO;
  }
  if (result != 0) bus_client_close(client);
  return result;
}

/* Copies the answer's read data into the messages; -EIO if it does not match what was asked. */
static int take_reads(struct bus_message *messages, unsigned count, const uint8_t *p, const uint8_t *end) {
  for (unsigned i = 0; i < count; i++) {
    struct bus_message *m = &messages[i];
    if (!(m->flags & I2C_M_RD)) continue;
    if (end - p < BUS_READ_HEADER) return -EIO;
    uint16_t length = get16(p);
    p += BUS_READ_HEADER;
    int fits = (m->flags & I2C_M_RECV_LEN) ? length >= 1 && length <= m->length : length == m->length;
    if (!fits || end - p < length) return -EIO;
    memcpy(m->data, p, length);
    m->length = length;
    p += length;
  }
  return 0;
}

int bus_client_transfer(struct bus_client *client, struct bus_message *messages, unsigned count) {
  if (client->fd < 0) return -EIO;
  if (count == 0 || count > BUS_MAX_MESSAGES) return -EINVAL;
  size_t payload = BUS_TRANSFER_FIXED + (size_t)count * BUS_MESSAGE_HEADER;
  for (unsigned i = 0; i < count; i++) {
    if (messages[i].length > BUS_MAX_MESSAGE_LENGTH) return -EINVAL;
    if (!(messages[i].flags & I2C_M_RD)) payload += messages[i].length;
  }
  uint8_t *frame = malloc(BUS_FRAME_HEADER + payload);
  if (frame == NULL) return -ENOMEM;
  uint8_t *p = frame + BUS_FRAME_HEADER;
  *p++ = BUS_OP_TRANSFER;
  put16(p, (uint16_t)count);
  p += 2;
  for (unsigned i = 0; i < count; i++, p += BUS_MESSAGE_HEADER) {
    put16(p, messages[i].address);
    put16(p + 2, messages[i].flags);
    put16(p + 4, (messages[i].flags & I2C_M_RECV_LEN) ? 1 : messages[i].length);
  }
  for (unsigned i = 0; i < count; i++) {
    if (messages[i].flags & I2C_M_RD) continue;
    memcpy(p, messages[i].data, messages[i].length);
    p += messages[i].length;
  }
  uint8_t *answer;
  uint32_t answer_length;
  int result = exchange(client, frame, payload, &answer, &answer_length);
  free(frame);
  if (result == -EIO) bus_client_close(client); /* the stream is out of step or gone: never reuse it */
  if (result != 0) return result;
  int32_t status = (int32_t)get32(answer);
  if (status == 0) {
    result = take_reads(messages, count, answer + BUS_ANSWER_FIXED, answer + answer_length);
    if (result != 0) bus_client_close(client);
  } else {
    result = status > 0 ? -status : -EIO;
  }
  free(answer);
  return result;
}
