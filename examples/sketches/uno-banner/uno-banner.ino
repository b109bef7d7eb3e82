// A banner firmware for an Uno (ATmega328P, 16 MHz): prints "BOOT uno-banner <version>" at
// 115200 baud when it starts, the line verify-banner waits for, then blinks the LED on pin 13.
// compile-sketch's banner input defines BOARDLINE_VERSION (e.g. the commit SHA).
// Written against avr-libc directly, not the Arduino core: arduino-cli compiles it for
// arduino:avr:uno all the same (this main() replaces the core's), and the firmware is small and
// starts at once, on a real Uno as on a virtual one.
#include <avr/io.h>
#include <util/delay.h>

#ifndef BOARDLINE_VERSION
#define BOARDLINE_VERSION "unstamped"
#endif

static void print(const char *text) {
  for (; *text != 0; ++text) {
    while (!(UCSR0A & _BV(UDRE0))) {
    }
    UDR0 = *text;
  }
}

int main() {
  // 115200 baud with the double-speed bit, as the Uno's bootloader sets it: UBRR = F_CPU / (8 * baud) - 1.
  UCSR0A = _BV(U2X0);
  UBRR0 = 16;
  UCSR0B = _BV(TXEN0);
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);
  print("BOOT uno-banner " BOARDLINE_VERSION "\r\n");
  DDRB |= _BV(DDB5);  // pin 13, the LED
  for (;;) {
    PORTB ^= _BV(PORTB5);
    _delay_ms(500);
  }
}
