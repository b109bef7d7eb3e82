/*
 * boardline-i2c-fuse --socket PATH --mount PATH --bus N
 *
 * Mounts a one-file FUSE filesystem at PATH that behaves as /dev/i2c-N, served
 * by the bus daemon at --socket. Speaks /dev/fuse directly (no libfuse) so the
 * binary can be static and run on any runner. Exit codes: 0 stopped by
 * SIGTERM/SIGINT, 1 failure, 2 bad arguments or a PATH it must not cover,
 * 3 not root, 4 the bus daemon went away.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bus-client.h"
#include "fuse-session.h"

/* How long open files keep getting EIO after the bus daemon is gone, before the kernel takes over. */
#define LINGER_SECONDS 5

static volatile sig_atomic_t stop_requested;

static void on_stop(int signal_number) { stop_requested = signal_number; }

static _Noreturn void fail(int code, const char *format, const char *detail) {
  fprintf(stderr, "boardline-i2c-fuse: ");
  fprintf(stderr, format, detail);
  fputc('\n', stderr);
  exit(code);
}

/* A killed daemon leaves its mount behind answering ENOTCONN; it covers the path until detached. */
static void prepare_mount_point(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0 && errno == ENOTCONN) {
    if (umount2(path, MNT_DETACH) != 0) fail(1, "cannot detach the stale mount at %s", path);
  }
  if (stat(path, &st) == 0) {
    if (!S_ISREG(st.st_mode)) fail(2, "%s exists and is not a regular file; refusing to mount over it", path);
    return;
  }
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail(1, "cannot create the mount point %s", path);
  close(fd);
}

static void mount_fuse(const char *path, int fuse_fd) {
  char options[128];
  /* rootmode: the root is a regular file. allow_other: other users (and containers) may open it. */
  snprintf(options, sizeof options, "fd=%d,rootmode=%o,user_id=0,group_id=0,allow_other", fuse_fd, S_IFREG);
  if (mount("boardline-i2c", path, "fuse", MS_NOSUID | MS_NODEV, options) != 0)
    fail(1, "mount(2) of the FUSE file failed: %s", strerror(errno));
}

/* The daemon closed its end: recv sees the end of the stream without blocking. */
static int bus_gone(int fd) {
  char byte;
  ssize_t got = recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  return got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

static _Noreturn void unmount_and_exit(const char *path, int code) {
  /* Detach: programs holding the file open must not keep the mount (and us) alive. */
  umount2(path, MNT_DETACH);
  exit(code);
}

/* Time left until the deadline, never negative (ppoll takes a relative timeout). */
static struct timespec remaining(const struct timespec *deadline) {
  struct timespec now, left = {0, 0};
  clock_gettime(CLOCK_MONOTONIC, &now);
  long long ns = (long long)(deadline->tv_sec - now.tv_sec) * 1000000000LL + (deadline->tv_nsec - now.tv_nsec);
  if (ns > 0) left.tv_sec = (time_t)(ns / 1000000000LL), left.tv_nsec = (long)(ns % 1000000000LL);
  return left;
}

int main(int argc, char **argv) {
  const char *socket_path = NULL, *mount_path = NULL, *bus_text = NULL;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--socket") == 0) socket_path = argv[i + 1];
    else if (strcmp(argv[i], "--mount") == 0) mount_path = argv[i + 1];
    else if (strcmp(argv[i], "--bus") == 0) bus_text = argv[i + 1];
    else fail(2, "unknown argument %s", argv[i]);
  }
  char *end;
  unsigned long bus = bus_text ? strtoul(bus_text, &end, 10) : 0;
  if (argc % 2 == 0 || !socket_path || !mount_path || !bus_text || *end != '\0' || bus > 255)
    fail(2, "%s", "usage: boardline-i2c-fuse --socket PATH --mount PATH --bus N");

  struct stat st;
  if (stat(mount_path, &st) == 0 && S_ISCHR(st.st_mode))
    fail(2, "%s is a real character device (an actual I2C bus); refusing to cover it", mount_path);
  if (geteuid() != 0)
    fail(3, "%s", "mounting the FUSE node needs root; without root use --mode preload (the LD_PRELOAD shim)");
  prepare_mount_point(mount_path);

  struct bus_client bus_client;
  int result = bus_client_connect(&bus_client, socket_path, (unsigned)bus, (uint32_t)getpid(), "boardline-i2c-fuse");
  if (result != 0) fail(1, "cannot reach the bus daemon: %s", strerror(-result));

  int fuse_fd = open("/dev/fuse", O_RDWR | O_CLOEXEC);
  if (fuse_fd < 0) fail(1, "cannot open /dev/fuse: %s", strerror(errno));

  /* Stop signals are only let in while waiting in ppoll, so none is lost between a check and the wait. */
  sigset_t stops, waiting;
  sigemptyset(&stops);
  sigaddset(&stops, SIGTERM);
  sigaddset(&stops, SIGINT);
  sigprocmask(SIG_BLOCK, &stops, &waiting);
  struct sigaction action = {.sa_handler = on_stop};
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGINT, &action, NULL);
  /* Its stderr may be a pipe to a daemon that was killed: a message there must not kill it before it unmounts. */
  signal(SIGPIPE, SIG_IGN);
  sigdelset(&waiting, SIGTERM);
  sigdelset(&waiting, SIGINT);

  mount_fuse(mount_path, fuse_fd);
  struct fuse_session session = {.fuse_fd = fuse_fd, .bus = &bus_client};
  static uint8_t request[FUSE_SESSION_BUFFER];
  int ready = 0;
  struct timespec linger = {0}, deadline = {0}, *timeout = NULL;
  for (;;) {
    if (!timeout && (bus_client.fd < 0 || bus_gone(bus_client.fd))) {
      /*
       * The daemon went away. Detach at once so no new open reaches us, but keep answering the files
       * still open — every transfer is EIO now, since the client is closed — until they are closed or
       * LINGER_SECONDS pass, so a program sees EIO rather than the kernel's ECONNABORTED.
       */
      fprintf(stderr, "boardline-i2c-fuse: the bus daemon went away; unmounting %s\n", mount_path);
      bus_client_close(&bus_client);
      umount2(mount_path, MNT_DETACH);
      clock_gettime(CLOCK_MONOTONIC, &deadline);
      deadline.tv_sec += LINGER_SECONDS;
      timeout = &linger;
    }
    if (timeout) linger = remaining(&deadline);
    if (timeout && session.open_files == 0) exit(4);
    struct pollfd fds[2] = {{.fd = fuse_fd, .events = POLLIN}, {.fd = bus_client.fd, .events = POLLIN}};
    int polled = ppoll(fds, timeout ? 1 : 2, timeout, &waiting);
    if (polled < 0 && errno != EINTR) fail(1, "ppoll: %s", strerror(errno));
    if (stop_requested) unmount_and_exit(mount_path, timeout ? 4 : 0);
    if (polled == 0 && timeout) exit(4); /* lingered long enough: the kernel answers the rest */
    if (!(fds[0].revents & (POLLIN | POLLERR | POLLHUP))) continue;
    ssize_t length = read(fuse_fd, request, sizeof request);
    if (length < 0 && (errno == EINTR || errno == EAGAIN || errno == ENOENT)) continue;
    if (length < 0 && errno == ENODEV) unmount_and_exit(mount_path, timeout ? 4 : 0); /* unmounted and unused */
    if (length < 0) fail(1, "reading /dev/fuse: %s", strerror(errno));
    enum fuse_session_status status = fuse_session_handle(&session, request, (size_t)length);
    if (status == FUSE_SESSION_DESTROYED) unmount_and_exit(mount_path, timeout ? 4 : 0);
    if (status == FUSE_SESSION_FAILED) fail(1, "%s", "the kernel sent a request this daemon cannot parse");
    if (!ready) {
      /* After INIT is answered, opens of the file no longer wait: that is "live". */
      ready = 1;
      printf("ready\n");
      fflush(stdout);
    }
  }
}
