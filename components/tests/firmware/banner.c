/*
 * A banner firmware for an ATmega328P at 16 MHz (an Arduino Uno): prints "BOOT <app> <version>"
 * on the USART at 115200 baud when it starts, then a heartbeat line every ~500 ms. Built with
 * avr-gcc by the tests: avr-gcc -mmcu=atmega328p -Os -DF_CPU=16000000UL -DBANNER_APP=... -DBANNER_VERSION=...
 * With -DBANNER_PADDING and a table boardline_padding (see test/harness/firmware.ts), the image
 * grows to the size asked for and the banner ends with " sum=<n>": the 16-bit sum of the table
 * as the firmware reads it from its own flash, proving every byte was written where it belongs.
 */
#include <avr/io.h>
#include <avr/pgmspace.h>
#include <stdint.h>
#include <util/delay.h>

#ifdef BANNER_PADDING
extern const uint8_t boardline_padding[] PROGMEM;
extern const uint16_t boardline_padding_size;
#endif

#ifndef BANNER_APP
#define BANNER_APP "banner"
#endif
#ifndef BANNER_VERSION
#define BANNER_VERSION "0000000"
#endif

static void uart_init(void) {
  /* 115200 baud with the double-speed bit, as optiboot sets it: UBRR = F_CPU / (8 * baud) - 1 = 16 */
  UCSR0A = _BV(U2X0);
  UBRR0 = 16;
  UCSR0B = _BV(TXEN0);
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);
}

static void uart_putc(char c) {
  while (!(UCSR0A & _BV(UDRE0))) {
  }
  UDR0 = c;
}

static void uart_puts(const char *s) {
  while (*s) uart_putc(*s++);
}

static void uart_putu(unsigned int value) {
  char digits[6];
  int count = 0;
  do {
    digits[count++] = (char)('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (count > 0) uart_putc(digits[--count]);
}

int main(void) {
  uart_init();
  uart_puts("BOOT " BANNER_APP " " BANNER_VERSION);
#ifdef BANNER_PADDING
  uint16_t sum = 0;
  for (uint16_t i = 0; i < boardline_padding_size; ++i) sum += pgm_read_byte(&boardline_padding[i]);
  uart_puts(" sum=");
  uart_putu(sum);
#endif
  uart_puts("\r\n");
  for (unsigned int tick = 1;; ++tick) {
    _delay_ms(500);
    uart_puts("tick ");
    uart_putu(tick);
    uart_puts("\r\n");
  }
}
