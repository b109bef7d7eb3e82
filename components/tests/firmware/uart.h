/*
 * The test firmwares' console: the ATmega328P's USART0, transmit only, at 115200 baud with the
 * double-speed bit as optiboot sets it (UBRR = F_CPU / (8 * baud) - 1 = 16 at 16 MHz). Each
 * transmit waits on UDRE, which the virtual board lets emulated time jump over.
 * A firmware that reads the console too calls uart_enable_rx() after uart_init() and polls
 * uart_poll_byte(); the receiver holds two bytes in its FIFO (UDR and one behind it) and a third
 * in its shift register, so at 115200 baud (one byte per ~87 us) polling it at least every ~200 us
 * loses none of a line sent at once.
 */
#ifndef BOARDLINE_TEST_UART_H
#define BOARDLINE_TEST_UART_H

#include <avr/io.h>
#include <stdint.h>

#define UART_UNUSED_OK __attribute__((unused))

static UART_UNUSED_OK void uart_init(void) {
  UCSR0A = _BV(U2X0);
  UBRR0 = 16;
  UCSR0B = _BV(TXEN0);
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);
}

static UART_UNUSED_OK void uart_putc(char c) {
  while (!(UCSR0A & _BV(UDRE0))) {
  }
  UDR0 = c;
}

static UART_UNUSED_OK void uart_puts(const char *s) {
  while (*s) uart_putc(*s++);
}

static UART_UNUSED_OK void uart_putu32(uint32_t value) {
  char digits[10];
  uint8_t count = 0;
  do {
    digits[count++] = (char)('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (count > 0) uart_putc(digits[--count]);
}

static UART_UNUSED_OK void uart_puts32(int32_t value) {
  if (value < 0) {
    uart_putc('-');
    uart_putu32((uint32_t)0 - (uint32_t)value);
  } else {
    uart_putu32((uint32_t)value);
  }
}

/* Two lower-case hex digits, no prefix. */
static UART_UNUSED_OK void uart_puthex8(uint8_t value) {
  static const char hex[] = "0123456789abcdef";
  uart_putc(hex[value >> 4]);
  uart_putc(hex[value & 0x0f]);
}

/* Turns the receiver on as well, leaving the transmitter and the frame format as uart_init set them. */
static UART_UNUSED_OK void uart_enable_rx(void) {
  UCSR0B |= _BV(RXEN0);
}

/* The next received byte (0-255), or -1 when none is waiting; never waits. */
static UART_UNUSED_OK int16_t uart_poll_byte(void) {
  if (!(UCSR0A & _BV(RXC0))) return -1;
  return UDR0;
}

#endif
