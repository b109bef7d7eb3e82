/*
 * The framed protocol between a native front end and the Node bus daemon
 * (fixed in the virtual-i2c interfaces note; little-endian on the wire).
 *
 * Every frame is a u32 payload length followed by the payload. The client
 * sends one request and waits for its answer before the next, so answers
 * never need an id.
 */
#ifndef BOARDLINE_BUS_PROTOCOL_H
#define BOARDLINE_BUS_PROTOCOL_H

/* Client -> server opcodes (first payload byte). */
#define BUS_OP_HELLO 0x01    /* u32 pid, u8 bus, program name (no NUL) */
#define BUS_OP_TRANSFER 0x02 /* u16 count, count x {u16 addr, u16 flags, u16 len}, write data */

/* Sizes of the fixed parts, so nothing depends on C struct padding. */
#define BUS_FRAME_HEADER 4      /* u32 payload length */
#define BUS_HELLO_FIXED 6       /* op, pid, bus */
#define BUS_TRANSFER_FIXED 3    /* op, count */
#define BUS_MESSAGE_HEADER 6    /* addr, flags, len */
#define BUS_ANSWER_FIXED 6      /* i32 status, u16 messages completed */
#define BUS_READ_HEADER 2       /* u16 length before each read message's data */

/* The limits i2c-dev enforces; the server enforces them again. */
#define BUS_MAX_MESSAGES 42
#define BUS_MAX_MESSAGE_LENGTH 8192

/* An I2C_M_RECV_LEN read answers a count byte (1..32) and that many bytes. */
#define BUS_RECV_LEN_MAX 33

/* The largest answer a well-behaved server can send: every message a read. */
#define BUS_MAX_ANSWER \
  (BUS_ANSWER_FIXED + BUS_MAX_MESSAGES * (BUS_READ_HEADER + BUS_MAX_MESSAGE_LENGTH))

#endif
