/*
 * One request at a time: a transfer never interleaves with another, which is
 * what keeps each i2c-dev call atomic on the bus. The filesystem is a single
 * regular file (the mount's root, node 1); LOOKUP never finds anything.
 */
#define _GNU_SOURCE
#include "fuse-session.h"

#include <errno.h>
#include <linux/fuse.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "caller-memory.h"
#include "i2c-dev.h"

static void reply(struct fuse_session *s, uint64_t unique, int error, const void *payload, size_t length) {
  struct fuse_out_header header = {
      .len = (uint32_t)(sizeof header + (error ? 0 : length)),
      .error = -error,
      .unique = unique,
  };
  struct iovec parts[2] = {{&header, sizeof header}, {(void *)payload, error ? 0 : length}};
  /* ENOENT: the caller was interrupted and the kernel dropped the request; nothing to do. */
  (void)!writev(s->fuse_fd, parts, 2);
}

static void root_attributes(struct fuse_attr_out *out) {
  memset(out, 0, sizeof *out);
  out->attr_valid = 1;
  out->attr.ino = FUSE_ROOT_ID;
  out->attr.mode = S_IFREG | 0666; /* every user may use the bus, like a udev rule giving i2c to all */
  out->attr.nlink = 1;
  out->attr.blksize = 4096;
}

static enum fuse_session_status init(struct fuse_session *s, const struct fuse_in_header *in, const void *body) {
  const struct fuse_init_in *arg = body;
  struct fuse_init_out out = {0};
  out.major = FUSE_KERNEL_VERSION;
  if (arg->major < 7) {
    reply(s, in->unique, EPROTO, NULL, 0);
    return FUSE_SESSION_FAILED;
  }
  /* A newer kernel asks with its major; answering ours makes it re-send INIT at 7. */
  out.minor = arg->major > 7 || arg->minor > FUSE_KERNEL_MINOR_VERSION ? FUSE_KERNEL_MINOR_VERSION : arg->minor;
  out.max_readahead = arg->max_readahead;
  out.flags = FUSE_BIG_WRITES;
  out.max_background = 1;
  out.congestion_threshold = 1;
  out.max_write = FUSE_SESSION_MAX_WRITE;
  out.time_gran = 1;
  size_t size = out.minor < 23 ? FUSE_COMPAT_22_INIT_OUT_SIZE : sizeof out;
  reply(s, in->unique, 0, &out, size);
  return FUSE_SESSION_CONTINUE;
}

static void open_file(struct fuse_session *s, const struct fuse_in_header *in) {
  struct i2cdev_file *file = malloc(sizeof *file);
  if (file == NULL) return reply(s, in->unique, ENOMEM, NULL, 0);
  i2cdev_file_init(file);
  /* Direct I/O: each read()/write() reaches us as one request of the caller's size, uncached. */
  struct fuse_open_out out = {.fh = (uint64_t)(uintptr_t)file, .open_flags = FOPEN_DIRECT_IO | FOPEN_NONSEEKABLE};
  s->open_files++;
  reply(s, in->unique, 0, &out, sizeof out);
}

static void read_file(struct fuse_session *s, const struct fuse_in_header *in, const struct fuse_read_in *arg) {
  static uint8_t data[8192];
  struct i2cdev_file *file = (struct i2cdev_file *)(uintptr_t)arg->fh;
  long result = i2cdev_read(file, s->bus, data, arg->size);
  reply(s, in->unique, result < 0 ? (int)-result : 0, data, result < 0 ? 0 : (size_t)result);
}

static void write_file(struct fuse_session *s, const struct fuse_in_header *in, const struct fuse_write_in *arg,
                       size_t available) {
  struct i2cdev_file *file = (struct i2cdev_file *)(uintptr_t)arg->fh;
  if (arg->size > available) return reply(s, in->unique, EINVAL, NULL, 0);
  long result = i2cdev_write(file, s->bus, arg + 1, arg->size);
  struct fuse_write_out out = {.size = result < 0 ? 0 : (uint32_t)result};
  reply(s, in->unique, result < 0 ? (int)-result : 0, &out, sizeof out);
}

static void ioctl_file(struct fuse_session *s, const struct fuse_in_header *in, const struct fuse_ioctl_in *arg) {
  struct i2cdev_file *file = (struct i2cdev_file *)(uintptr_t)arg->fh;
  pid_t pid = (pid_t)in->pid; /* 0 when the caller's pid namespace is not below ours: its memory is out of reach */
  struct i2cdev_memory memory = caller_memory(&pid, (arg->flags & FUSE_IOCTL_32BIT) != 0);
  long result = i2cdev_ioctl(file, s->bus, arg->cmd, arg->arg, &memory);
  struct fuse_ioctl_out out = {.result = result < 0 ? 0 : (int32_t)result};
  reply(s, in->unique, result < 0 ? (int)-result : 0, &out, sizeof out);
}

enum fuse_session_status fuse_session_handle(struct fuse_session *s, const uint8_t *request, size_t length) {
  const struct fuse_in_header *in = (const void *)request;
  if (length < sizeof *in || in->len != length) return FUSE_SESSION_FAILED;
  const void *body = in + 1;
  size_t body_length = length - sizeof *in;
  switch (in->opcode) {
  case FUSE_INIT:
    return init(s, in, body);
  case FUSE_GETATTR:
  case FUSE_SETATTR: { /* truncation and chmod change nothing: the node is not data */
    struct fuse_attr_out out;
    root_attributes(&out);
    reply(s, in->unique, 0, &out, sizeof out);
    break;
  }
  case FUSE_OPEN:
    open_file(s, in);
    break;
  case FUSE_READ:
    read_file(s, in, body);
    break;
  case FUSE_WRITE:
    write_file(s, in, body, body_length - sizeof(struct fuse_write_in));
    break;
  case FUSE_IOCTL:
    ioctl_file(s, in, body);
    break;
  case FUSE_RELEASE:
    free((void *)(uintptr_t)((const struct fuse_release_in *)body)->fh);
    if (s->open_files > 0) s->open_files--;
    reply(s, in->unique, 0, NULL, 0);
    break;
  case FUSE_FLUSH:
  case FUSE_FSYNC:
    reply(s, in->unique, 0, NULL, 0);
    break;
  case FUSE_STATFS: {
    struct fuse_statfs_out out = {.st = {.bsize = 4096, .frsize = 4096, .namelen = 255}};
    reply(s, in->unique, 0, &out, sizeof out);
    break;
  }
  case FUSE_FORGET:
  case FUSE_BATCH_FORGET:
  case FUSE_INTERRUPT: /* requests run to completion one at a time; the kernel waits for their replies */
    break;             /* none of these three takes a reply */
  case FUSE_DESTROY:
    reply(s, in->unique, 0, NULL, 0);
    return FUSE_SESSION_DESTROYED;
  default: /* LOOKUP, directories, xattrs, locks, poll, ...: not a thing this node has */
    reply(s, in->unique, in->opcode == FUSE_LOOKUP ? ENOENT : ENOSYS, NULL, 0);
    break;
  }
  return FUSE_SESSION_CONTINUE;
}
