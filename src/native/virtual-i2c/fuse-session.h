/* The FUSE kernel protocol for one single-file filesystem whose file is an i2c-dev node. */
#ifndef BOARDLINE_FUSE_SESSION_H
#define BOARDLINE_FUSE_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "bus-client.h"

/* Large enough for a WRITE of max_write bytes plus its headers, as the kernel requires of the read buffer. */
#define FUSE_SESSION_MAX_WRITE (128 * 1024)
#define FUSE_SESSION_BUFFER (FUSE_SESSION_MAX_WRITE + 4096)

struct fuse_session {
  int fuse_fd;
  struct bus_client *bus;
  unsigned open_files; /* opened and not yet released: after the bus is gone, we linger while > 0 */
};

enum fuse_session_status { FUSE_SESSION_CONTINUE, FUSE_SESSION_DESTROYED, FUSE_SESSION_FAILED };

/* Handles one request read from /dev/fuse (INIT included) and writes its reply, if it has one. */
enum fuse_session_status fuse_session_handle(struct fuse_session *session, const uint8_t *request, size_t length);

#endif
