/* The memory of the process that made a FUSE ioctl, reached with process_vm_readv/writev. */
#ifndef BOARDLINE_CALLER_MEMORY_H
#define BOARDLINE_CALLER_MEMORY_H

#include <sys/types.h>

#include "i2c-dev.h"

/* An accessor for i2cdev_ioctl; pid must outlive it (it is stored in the context pointer). */
struct i2cdev_memory caller_memory(pid_t *pid, int compat32);

#endif
