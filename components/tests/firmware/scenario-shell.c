/*
 * A line-command shell for an ATmega328P at 16 MHz (an Arduino Uno), for scenarios that talk to a
 * board's console and drive its pins: it answers commands, reports a button, blinks a pin and can
 * print the lines a scenario waits for (a crash, a prompt without a line ending). At 115200 baud:
 * - prints "scenario-shell ready v" SHELL_VERSION (default "1.4.2") at boot;
 * - reads pin 2 (PD2) with its pull-up on, as a button to ground is wired, every 1 ms tick: prints
 *   "button pressed" / "button released" when it changes and drives pin 13 (PB5) high while pressed;
 * - toggles pin 9 (PB1) every N ticks after "blink N";
 * - reads lines ending in LF (a CR anywhere is dropped, so CR LF works; an empty line is ignored;
 *   no echo), up to 63 characters, and answers each with one line:
 *     echo TEXT   TEXT ("echo" alone: an empty line)
 *     adc         a0=<0-1023>   A0 converted against AVCC (5 V)
 *     set N       ok N          N a decimal int32, optionally signed, kept for get
 *     get         value N       the last N set, 0 at boot
 *     blink N     blinking N    N a decimal 0-65535: pin 9 goes low and then toggles every N ms;
 *                               0 stops it, low
 *     crash       Guru Meditation Error: Core 0 panic'ed (test)   (it goes on running)
 *     prompt      "> " with no line ending
 *     other       ERROR unknown command: <the line>   (also a set or blink whose N does not parse)
 *     a longer line: ERROR line too long (its characters up to the LF are dropped)
 *   Every line printed ends in CR LF, except the prompt.
 * Time goes in 1 ms ticks of 10 busy-wait slices (__builtin_avr_delay_cycles, what _delay_us
 * runs; no timer, no interrupt), so emulated time is exact and deterministic: an idle tick is
 * 1.0002 ms. The receiver is polled after each slice, while each byte is sent and while a line
 * is parsed, at least every ~105 us, into a 256-byte ring the main loop parses: a line, or many,
 * sent at once loses no byte, as long as the answers do not outgrow the questions by more than
 * the ring holds (both directions run at the same baud rate). Printing stretches the tick it
 * falls in by its transmit time (~87 us a character), so the blink is slower while it prints.
 * Built with avr-gcc -mmcu=atmega328p -Os -Wall -Werror -DF_CPU=16000000UL [-DSHELL_VERSION='"2.0.0"'].
 */
#include <avr/io.h>
#include <stdint.h>
#include <string.h>
#include "uart.h"

#ifndef SHELL_VERSION
#define SHELL_VERSION "1.4.2"
#endif

/*
 * A tick is 10 slices, each a delay and a poll of the receiver. The polls, the loop and the tick's
 * own work (button, blink, an empty ring) take 263 cycles a tick (measured on the virtual board,
 * avr-gcc 5.4 -Os), so each slice waits 26 cycles less than 100 us: an idle tick is 16003 cycles,
 * 1 ms within 0.02 %. (_delay_us(100) is __builtin_avr_delay_cycles(1600).)
 */
#define SLICE_CYCLES (F_CPU / 10000UL - 26)

#define LINE_MAX 63
#define RING_SIZE 256 /* a power of two, at most 256 (uint8_t indices) */

static uint8_t ring[RING_SIZE];
static uint8_t ring_head; /* next to write */
static uint8_t ring_tail; /* next to read */

/* Moves every byte the receiver holds into the ring (a full ring drops the byte). */
static void rx_poll(void) {
  int16_t byte;
  while ((byte = uart_poll_byte()) >= 0) {
    uint8_t next = (uint8_t)((ring_head + 1) & (RING_SIZE - 1));
    if (next != ring_tail) {
      ring[ring_head] = (uint8_t)byte;
      ring_head = next;
    }
  }
}

/* uart_putc, receiving while it waits for the transmitter. */
static void out_putc(char c) {
  do rx_poll();
  while (!(UCSR0A & _BV(UDRE0)));
  UDR0 = c;
}

static void out_puts(const char *s) {
  while (*s) out_putc(*s++);
}

static void out_line(const char *s) {
  out_puts(s);
  out_puts("\r\n");
}

static void out_puts32(int32_t value) {
  char digits[11];
  uint8_t count = 0;
  uint32_t magnitude = value < 0 ? (uint32_t)0 - (uint32_t)value : (uint32_t)value;
  do {
    digits[count++] = (char)('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (value < 0) out_putc('-');
  while (count > 0) out_putc(digits[--count]);
}

/* A whole decimal number within [min, max], optionally signed; 0 when `text` is not one. */
static uint8_t parse_int(const char *text, int32_t min, int32_t max, int32_t *out) {
  uint8_t negative = 0;
  if (*text == '-' || *text == '+') negative = *text++ == '-';
  if (*text == '\0') return 0;
  uint32_t limit = negative ? (uint32_t)0 - (uint32_t)min : (uint32_t)max;
  uint32_t value = 0;
  for (; *text; ++text) {
    if (*text < '0' || *text > '9') return 0;
    uint8_t digit = (uint8_t)(*text - '0');
    if (value > (limit - digit) / 10) return 0;
    value = value * 10 + digit;
  }
  *out = negative ? (int32_t)((uint32_t)0 - value) : (int32_t)value;
  return 1;
}

static int32_t stored_value;
static uint16_t blink_period; /* ms; 0 = not blinking */
static uint16_t blink_elapsed;

static uint16_t read_a0(void) {
  ADCSRA |= _BV(ADSC);
  while (ADCSRA & _BV(ADSC)) rx_poll();
  return ADC;
}

static void run_command(const char *line) {
  int32_t number;
  if (strcmp(line, "echo") == 0) {
    out_line("");
  } else if (strncmp(line, "echo ", 5) == 0) {
    out_line(line + 5);
  } else if (strcmp(line, "adc") == 0) {
    out_puts("a0=");
    out_puts32(read_a0());
    out_puts("\r\n");
  } else if (strncmp(line, "set ", 4) == 0 && parse_int(line + 4, INT32_MIN, INT32_MAX, &number)) {
    stored_value = number;
    out_puts("ok ");
    out_puts32(number);
    out_puts("\r\n");
  } else if (strcmp(line, "get") == 0) {
    out_puts("value ");
    out_puts32(stored_value);
    out_puts("\r\n");
  } else if (strncmp(line, "blink ", 6) == 0 && line[6] != '-' && parse_int(line + 6, 0, UINT16_MAX, &number)) {
    blink_period = (uint16_t)number;
    blink_elapsed = 0;
    PORTB &= (uint8_t)~_BV(PB1);
    out_puts("blinking ");
    out_puts32(number);
    out_puts("\r\n");
  } else if (strcmp(line, "crash") == 0) {
    out_line("Guru Meditation Error: Core 0 panic'ed (test)");
  } else if (strcmp(line, "prompt") == 0) {
    out_puts("> ");
  } else {
    out_puts("ERROR unknown command: ");
    out_line(line);
  }
}

static char line[LINE_MAX + 1];
static uint8_t line_length;
static uint8_t line_overflow;

/* Parses what the ring holds, running each complete line. */
static void take_input(void) {
  while (ring_tail != ring_head) {
    rx_poll(); /* the ring may hold most of a line: parsing it takes a while */
    char c = (char)ring[ring_tail];
    ring_tail = (uint8_t)((ring_tail + 1) & (RING_SIZE - 1));
    if (c == '\r') continue;
    if (c != '\n') {
      if (line_length < LINE_MAX) line[line_length++] = c;
      else line_overflow = 1;
      continue;
    }
    line[line_length] = '\0';
    if (line_overflow) out_line("ERROR line too long");
    else if (line_length > 0) run_command(line);
    line_length = 0;
    line_overflow = 0;
  }
}

int main(void) {
  uart_init();
  uart_enable_rx();
  DDRB |= _BV(PB5) | _BV(PB1);
  PORTB &= (uint8_t)~(_BV(PB5) | _BV(PB1));
  PORTD |= _BV(PD2); /* pull-up: the pin reads high until the button pulls it low */
  ADMUX = _BV(REFS0);                                       /* AVCC reference, channel 0 */
  ADCSRA = _BV(ADEN) | _BV(ADPS2) | _BV(ADPS1) | _BV(ADPS0); /* on, clock / 128 */
  out_line("scenario-shell ready v" SHELL_VERSION);
  uint8_t pressed = 0;
  for (;;) {
    for (uint8_t slice = 0; slice < 10; ++slice) {
      __builtin_avr_delay_cycles(SLICE_CYCLES);
      rx_poll();
    }
    uint8_t now = (PIND & _BV(PD2)) == 0;
    if (now != pressed) {
      pressed = now;
      if (pressed) PORTB |= _BV(PB5);
      else PORTB &= (uint8_t)~_BV(PB5);
      out_line(pressed ? "button pressed" : "button released");
    }
    if (blink_period != 0 && ++blink_elapsed >= blink_period) {
      blink_elapsed = 0;
      PINB = _BV(PB1); /* writing 1 to PIN toggles the output */
    }
    take_input();
  }
}
