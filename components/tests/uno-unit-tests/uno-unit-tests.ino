// A unit-test firmware for an Uno (ATmega328P, 16 MHz): it tests a ring buffer and a CRC-16 on the
// board itself and prints each result, then the summary, at 115200 baud in Unity's format, the
// lines verify-tests reads into a JUnit test case per test:
//
//   uno-unit-tests.ino:LINE:NAME:PASS                    LINE is where the test is run
//   uno-unit-tests.ino:LINE:NAME:FAIL: Expected 1 Was 2  LINE is the failing check's
//
// then an empty line, a line of dashes, "N Tests M Failures K Ignored " and OK or FAIL. A firmware
// using Unity itself (as PlatformIO's `pio test` builds it) prints the same lines.
// Written against avr-libc directly, like uno-banner, so it compiles for arduino:avr:uno without
// the Arduino core; with the core, Serial.print in place of print() does the same.
#include <avr/io.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// ---- The code under test ------------------------------------------------------------------------

// A byte FIFO of fixed capacity, as a UART receive buffer would use: push refuses when full, pop
// when empty, and the indices wrap around the storage.
struct RingBuffer {
  static const uint8_t capacity = 8;
  uint8_t data[capacity];
  uint8_t head;   // the oldest byte
  uint8_t count;  // bytes held
};

static void ring_init(RingBuffer &ring) {
  ring.head = 0;
  ring.count = 0;
}

static bool ring_push(RingBuffer &ring, uint8_t value) {
  if (ring.count == RingBuffer::capacity) return false;
  ring.data[(ring.head + ring.count) % RingBuffer::capacity] = value;
  ++ring.count;
  return true;
}

static bool ring_pop(RingBuffer &ring, uint8_t &value) {
  if (ring.count == 0) return false;
  value = ring.data[ring.head];
  ring.head = (ring.head + 1) % RingBuffer::capacity;
  --ring.count;
  return true;
}

// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection), bit by bit.
static uint16_t crc16_ccitt(const uint8_t *bytes, size_t length) {
  uint16_t crc = 0xFFFF;
  for (size_t i = 0; i < length; ++i) {
    crc ^= static_cast<uint16_t>(bytes[i]) << 8;
    for (uint8_t bit = 0; bit < 8; ++bit) {
      crc = (crc & 0x8000) ? static_cast<uint16_t>((crc << 1) ^ 0x1021) : static_cast<uint16_t>(crc << 1);
    }
  }
  return crc;
}

// ---- A minimal test runner printing Unity's lines -----------------------------------------------

static void print(const char *text) {
  for (; *text != 0; ++text) {
    while (!(UCSR0A & _BV(UDRE0))) {
    }
    UDR0 = *text;
  }
}

static void print_number(unsigned long value) {
  char digits[11];
  print(ultoa(value, digits, 10));
}

// __FILE__ is the path the sketch was compiled at, which means nothing on the machine reading the
// console: the base name is what verify-tests finds under source-dir for a failure's annotation.
static const char *source_file() {
  const char *slash = strrchr(__FILE__, '/');
  return slash == nullptr ? __FILE__ : slash + 1;
}

static const char *current_test;
static bool current_failed;
static unsigned tests_run;
static unsigned tests_failed;

static void result_begin(unsigned line) {
  print(source_file());
  print(":");
  print_number(line);
  print(":");
  print(current_test);
  print(":");
}

// Fails the running test at the check's line and leaves the test function, as a failed assertion
// ends a Unity test: the checks after it would only report consequences of the first failure.
#define CHECK_EQUAL(expected, actual)                                    \
  do {                                                                   \
    unsigned long expected_value = static_cast<unsigned long>(expected); \
    unsigned long actual_value = static_cast<unsigned long>(actual);     \
    if (expected_value != actual_value) {                                \
      result_begin(__LINE__);                                            \
      print("FAIL: Expected ");                                          \
      print_number(expected_value);                                      \
      print(" Was ");                                                    \
      print_number(actual_value);                                        \
      print("\r\n");                                                     \
      current_failed = true;                                             \
      return;                                                            \
    }                                                                    \
  } while (0)
#define CHECK(condition) CHECK_EQUAL(1, (condition) ? 1 : 0)

static void run_test(void (*test)(), const char *name, unsigned line) {
  current_test = name;
  current_failed = false;
  ++tests_run;
  test();
  if (current_failed) {
    ++tests_failed;
  } else {
    result_begin(line);
    print("PASS\r\n");
  }
}
#define RUN_TEST(test) run_test(test, #test, __LINE__)

// ---- The tests ----------------------------------------------------------------------------------

static void test_ring_starts_empty() {
  RingBuffer ring;
  ring_init(ring);
  uint8_t value = 0;
  CHECK_EQUAL(0, ring.count);
  CHECK(!ring_pop(ring, value));
}

static void test_ring_keeps_fifo_order() {
  RingBuffer ring;
  ring_init(ring);
  for (uint8_t value = 1; value <= 3; ++value) CHECK(ring_push(ring, value));
  uint8_t value = 0;
  for (uint8_t expected = 1; expected <= 3; ++expected) {
    CHECK(ring_pop(ring, value));
    CHECK_EQUAL(expected, value);
  }
  CHECK(!ring_pop(ring, value));
}

static void test_ring_refuses_push_when_full() {
  RingBuffer ring;
  ring_init(ring);
  for (uint8_t value = 0; value < RingBuffer::capacity; ++value) CHECK(ring_push(ring, value));
  CHECK(!ring_push(ring, 0xAA));
  CHECK_EQUAL(RingBuffer::capacity, ring.count);
  uint8_t value = 0xFF;
  CHECK(ring_pop(ring, value));
  CHECK_EQUAL(0, value);  // the refused byte overwrote nothing
}

static void test_ring_wraps_around() {
  RingBuffer ring;
  ring_init(ring);
  uint8_t value = 0;
  // Move head near the end of the storage, then fill it completely across the wrap.
  for (uint8_t i = 0; i < 6; ++i) {
    CHECK(ring_push(ring, i));
    CHECK(ring_pop(ring, value));
  }
  for (uint8_t i = 0; i < RingBuffer::capacity; ++i) CHECK(ring_push(ring, 100 + i));
  for (uint8_t i = 0; i < RingBuffer::capacity; ++i) {
    CHECK(ring_pop(ring, value));
    CHECK_EQUAL(100 + i, value);
  }
}

static void test_crc16_check_value() {
  // The catalogued check value of CRC-16/CCITT-FALSE: the CRC of the ASCII digits 1 to 9.
  const char digits[] = "123456789";
  CHECK_EQUAL(0x29B1, crc16_ccitt(reinterpret_cast<const uint8_t *>(digits), strlen(digits)));
}

static void test_crc16_of_nothing_is_initial_value() {
  CHECK_EQUAL(0xFFFF, crc16_ccitt(nullptr, 0));
}

static void test_crc16_detects_one_flipped_bit() {
  uint8_t frame[] = {0x02, 0x10, 0x7F, 0x00, 0x42};
  const uint16_t before = crc16_ccitt(frame, sizeof frame);
  for (uint8_t bit = 0; bit < 8 * sizeof frame; ++bit) {
    frame[bit / 8] ^= static_cast<uint8_t>(1 << (bit % 8));
    CHECK(crc16_ccitt(frame, sizeof frame) != before);
    frame[bit / 8] ^= static_cast<uint8_t>(1 << (bit % 8));
  }
}

int main() {
  // 115200 baud with the double-speed bit, as the Uno's bootloader sets it: UBRR = F_CPU / (8 * baud) - 1.
  UCSR0A = _BV(U2X0);
  UBRR0 = 16;
  UCSR0B = _BV(TXEN0);
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);

  RUN_TEST(test_ring_starts_empty);
  RUN_TEST(test_ring_keeps_fifo_order);
  RUN_TEST(test_ring_refuses_push_when_full);
  RUN_TEST(test_ring_wraps_around);
  RUN_TEST(test_crc16_check_value);
  RUN_TEST(test_crc16_of_nothing_is_initial_value);
  RUN_TEST(test_crc16_detects_one_flipped_bit);

  // Unity's summary: an empty line, 23 dashes, the counts (with their trailing space), the verdict.
  print("\r\n-----------------------\r\n");
  print_number(tests_run);
  print(" Tests ");
  print_number(tests_failed);
  print(" Failures 0 Ignored \r\n");
  print(tests_failed == 0 ? "OK\r\n" : "FAIL\r\n");
  // Done: the board idles until the next reset runs the tests again.
  for (;;) {
  }
}
