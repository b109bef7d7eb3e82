/*
 * libboardline-i2c.so: an LD_PRELOAD shim that serves /dev/i2c-N inside the
 * process for the buses named in BOARDLINE_I2C_BUSES ("1=/path.sock,2=/other.sock"),
 * so a dynamically linked program (i2c-tools, Python) talks to the bus daemon
 * without root, a mount or a kernel module. Every other path and fd goes to libc.
 *
 * Each emulated open gets a real fd (a memfd) so close, fstat, select and fd
 * numbering behave; the shim keeps the i2c-dev state for that fd number.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bus-client.h"
#include "i2c-dev.h"

/* Only the libc names below leave the library; the shared code stays internal (-fvisibility=hidden). */
#define EXPORT __attribute__((visibility("default")))

#define MAX_FDS 1024 /* fds above this are passed through; programs open buses early and few */

struct emulated {
  struct i2cdev_file file;
  struct bus_client bus;
};

/*
 * One lock for the table and the transfers: a transfer is atomic and the table stays consistent.
 * Entries are stored atomically too, so the read/write/ioctl of an ordinary fd can see it has no
 * entry without taking the lock (a stalled transfer must not stall the program's other I/O).
 */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct emulated *table[MAX_FDS];

static int maybe_emulated(int fd) { return fd >= 0 && fd < MAX_FDS && __atomic_load_n(&table[fd], __ATOMIC_ACQUIRE); }

static void *next(const char *name) { return dlsym(RTLD_NEXT, name); }

/* The socket for /dev/i2c-N (or /dev/i2c/N is left to libc: i2c-tools try that first and fall back). */
static int bus_socket(const char *path, unsigned *bus, char *socket_path, size_t room) {
  const char *buses = getenv("BOARDLINE_I2C_BUSES");
  if (path == NULL || buses == NULL || strncmp(path, "/dev/i2c-", 9) != 0) return 0;
  char *end;
  unsigned long wanted = strtoul(path + 9, &end, 10);
  if (end == path + 9 || *end != '\0') return 0;
  for (const char *entry = buses; *entry != '\0';) {
    const char *comma = strchr(entry, ',');
    size_t length = comma ? (size_t)(comma - entry) : strlen(entry);
    unsigned long number = strtoul(entry, &end, 10);
    if (end != entry && *end == '=' && number == wanted && length - (size_t)(end + 1 - entry) < room) {
      size_t path_length = length - (size_t)(end + 1 - entry);
      memcpy(socket_path, end + 1, path_length);
      socket_path[path_length] = '\0';
      *bus = (unsigned)number;
      return 1;
    }
    entry += comma ? length + 1 : length;
  }
  return 0;
}

static void program_name(char *name, size_t room) {
  FILE *comm = fopen("/proc/self/comm", "re");
  name[0] = '\0';
  if (comm == NULL) return;
  if (fgets(name, (int)room, comm) != NULL) name[strcspn(name, "\n")] = '\0';
  fclose(comm);
}

/* 1 and a result in *fd when the path is an emulated bus; 0 to let libc open it. */
static int open_emulated(const char *path, int flags, int *fd) {
  char socket_path[4096];
  unsigned bus;
  if (!bus_socket(path, &bus, socket_path, sizeof socket_path)) return 0;
  struct emulated *e = calloc(1, sizeof *e);
  if (e == NULL) {
    errno = ENOMEM, *fd = -1;
    return 1;
  }
  char name[64];
  program_name(name, sizeof name);
  int result = bus_client_connect(&e->bus, socket_path, bus, (uint32_t)getpid(), name);
  if (result != 0) {
    free(e);
    errno = -result, *fd = -1;
    return 1;
  }
  i2cdev_file_init(&e->file);
  int real = memfd_create(path, (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
  if (real < 0 || real >= MAX_FDS) {
    int error = real < 0 ? errno : EMFILE;
    if (real >= 0) syscall(SYS_close, real);
    bus_client_close(&e->bus);
    free(e);
    errno = error, *fd = -1;
    return 1;
  }
  pthread_mutex_lock(&lock);
  __atomic_store_n(&table[real], e, __ATOMIC_RELEASE);
  pthread_mutex_unlock(&lock);
  *fd = real;
  return 1;
}

static int wants_mode(int flags) { return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE; }

/* The open family: the variadic mode is only read when the flags say it is there. */
#define OPEN_WRAPPER(name, ...)                                                           \
  EXPORT int name(__VA_ARGS__, int flags, ...) {                                                 \
    mode_t mode = 0;                                                                      \
    if (wants_mode(flags)) {                                                              \
      va_list args;                                                                       \
      va_start(args, flags);                                                              \
      mode = va_arg(args, mode_t);                                                        \
      va_end(args);                                                                       \
    }                                                                                     \
    int fd;                                                                               \
    if (open_emulated(path, flags, &fd)) return fd;                                       \
    return OPEN_NEXT(name);                                                               \
  }

#define OPEN_NEXT(name) ((int (*)(const char *, int, ...))next(#name))(path, flags, mode)
OPEN_WRAPPER(open, const char *path)
OPEN_WRAPPER(open64, const char *path)
#undef OPEN_NEXT
#define OPEN_NEXT(name) ((int (*)(int, const char *, int, ...))next(#name))(dirfd, path, flags, mode)
OPEN_WRAPPER(openat, int dirfd, const char *path)
OPEN_WRAPPER(openat64, int dirfd, const char *path)
#undef OPEN_NEXT

/* The _FORTIFY_SOURCE entry points (no mode argument: O_CREAT is not allowed through them). */
EXPORT int __open_2(const char *path, int flags) {
  int fd;
  if (open_emulated(path, flags, &fd)) return fd;
  return ((int (*)(const char *, int))next("__open_2"))(path, flags);
}

EXPORT int __open64_2(const char *path, int flags) {
  int fd;
  if (open_emulated(path, flags, &fd)) return fd;
  return ((int (*)(const char *, int))next("__open64_2"))(path, flags);
}

static struct emulated *lookup(int fd) { return fd >= 0 && fd < MAX_FDS ? table[fd] : NULL; }

/* The result convention of a syscall wrapper: -1 and errno for a negative errno. */
static long finish(long result) {
  if (result < 0) {
    errno = (int)-result;
    return -1;
  }
  return result;
}

EXPORT ssize_t read(int fd, void *buffer, size_t count) {
  if (!maybe_emulated(fd)) return ((ssize_t(*)(int, void *, size_t))next("read"))(fd, buffer, count);
  pthread_mutex_lock(&lock);
  struct emulated *e = lookup(fd);
  long result = e ? i2cdev_read(&e->file, &e->bus, buffer, count) : 0;
  pthread_mutex_unlock(&lock);
  if (e) return finish(result);
  return ((ssize_t(*)(int, void *, size_t))next("read"))(fd, buffer, count);
}

EXPORT ssize_t write(int fd, const void *buffer, size_t count) {
  if (!maybe_emulated(fd)) return ((ssize_t(*)(int, const void *, size_t))next("write"))(fd, buffer, count);
  pthread_mutex_lock(&lock);
  struct emulated *e = lookup(fd);
  long result = e ? i2cdev_write(&e->file, &e->bus, buffer, count) : 0;
  pthread_mutex_unlock(&lock);
  if (e) return finish(result);
  return ((ssize_t(*)(int, const void *, size_t))next("write"))(fd, buffer, count);
}

/* Our own memory: the pointers are the caller's and in this process. */
static int own_read(void *context, void *to, uint64_t from, size_t length) {
  (void)context;
  memcpy(to, (const void *)(uintptr_t)from, length);
  return 0;
}

static int own_write(void *context, uint64_t to, const void *from, size_t length) {
  (void)context;
  memcpy((void *)(uintptr_t)to, from, length);
  return 0;
}

static const struct i2cdev_memory own_memory = {own_read, own_write, NULL, 0};

static int emulated_ioctl(const char *name, int fd, unsigned long request, void *argument) {
  if (!maybe_emulated(fd)) return ((int (*)(int, unsigned long, void *))next(name))(fd, request, argument);
  pthread_mutex_lock(&lock);
  struct emulated *e = lookup(fd);
  long result = e ? i2cdev_ioctl(&e->file, &e->bus, request, (uintptr_t)argument, &own_memory) : 0;
  pthread_mutex_unlock(&lock);
  if (e) return (int)finish(result);
  return ((int (*)(int, unsigned long, void *))next(name))(fd, request, argument);
}

/* glibc declares ioctl(int, unsigned long, ...); the argument is one pointer-sized word. */
EXPORT int ioctl(int fd, unsigned long request, ...) {
  va_list args;
  va_start(args, request);
  void *argument = va_arg(args, void *);
  va_end(args);
  return emulated_ioctl("ioctl", fd, request, argument);
}

/* 32-bit programs built with 64-bit time_t call this name instead (glibc >= 2.34). */
EXPORT int __ioctl_time64(int fd, unsigned long request, ...) {
  va_list args;
  va_start(args, request);
  void *argument = va_arg(args, void *);
  va_end(args);
  return emulated_ioctl(next("__ioctl_time64") ? "__ioctl_time64" : "ioctl", fd, request, argument);
}

EXPORT int close(int fd) {
  if (!maybe_emulated(fd)) return ((int (*)(int))next("close"))(fd);
  pthread_mutex_lock(&lock);
  struct emulated *e = lookup(fd);
  if (e) __atomic_store_n(&table[fd], NULL, __ATOMIC_RELEASE);
  pthread_mutex_unlock(&lock);
  if (e) {
    bus_client_close(&e->bus);
    free(e);
  }
  return ((int (*)(int))next("close"))(fd);
}
