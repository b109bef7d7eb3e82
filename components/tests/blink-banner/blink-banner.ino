// Blink with a banner: prints "BOOT blink-banner <version>" once at start, the line verify-banner
// waits for. compile-sketch's banner input defines BOARDLINE_VERSION (e.g. the commit SHA).
#ifndef BOARDLINE_VERSION
#define BOARDLINE_VERSION "unstamped"
#endif

void setup() {
  Serial.begin(115200);
  Serial.print("BOOT blink-banner ");
  Serial.println(BOARDLINE_VERSION);
  pinMode(LED_BUILTIN, OUTPUT);
}

void loop() {
  digitalWrite(LED_BUILTIN, HIGH);
  delay(500);
  digitalWrite(LED_BUILTIN, LOW);
  delay(500);
}
