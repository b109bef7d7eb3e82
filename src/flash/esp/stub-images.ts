import esp32 from 'esptool-js/lib/targets/stub_flasher/esp32.json' with { type: 'json' };
import esp32c3 from 'esptool-js/lib/targets/stub_flasher/esp32c3.json' with { type: 'json' };
import esp32s2 from 'esptool-js/lib/targets/stub_flasher/esp32s2.json' with { type: 'json' };
import esp32s3 from 'esptool-js/lib/targets/stub_flasher/esp32s3.json' with { type: 'json' };
import esp8266 from 'esptool-js/lib/targets/stub_flasher/esp8266.json' with { type: 'json' };
import type { EspChipName } from './chips.js';

/**
 * Espressif's flasher stubs (esp-flasher-stub v1.2.2, Apache-2.0 OR MIT), as esptool-js 0.7.0
 * publishes them: the stub's code and data segments with their load addresses and its entry point.
 * They are imported statically, so the bundles carry them and nothing reads node_modules at run
 * time; `npm run build` appends their licence to each bundle's licenses.txt. esptool-js before
 * 0.7.0 shipped the older GPL stubs: test/unit/esp-stub-images.test.ts pins these images' digests,
 * so a dependency bump cannot change the code Boardline uploads to a board without a test failing.
 */
export interface StubImage {
  chip: EspChipName;
  entry: number;
  textStart: number;
  text: Uint8Array;
  dataStart: number;
  data: Uint8Array;
}

interface StubJson {
  entry: number;
  text: string;
  text_start: number;
  data: string;
  data_start: number;
}

export const stubSource = 'esp-flasher-stub v1.2.2 (Apache-2.0 OR MIT), from esptool-js 0.7.0';

const stubJson: Readonly<Record<EspChipName, StubJson>> = {
  ESP8266: esp8266,
  ESP32: esp32,
  'ESP32-S2': esp32s2,
  'ESP32-S3': esp32s3,
  'ESP32-C3': esp32c3,
};

const decoded = new Map<EspChipName, StubImage>();

/** The flasher stub for a chip, decoded once; undefined for a chip without one. */
export function stubImageFor(chip: EspChipName): StubImage | undefined {
  const cached = decoded.get(chip);
  if (cached !== undefined) return cached;
  const json = stubJson[chip] as StubJson | undefined;
  if (json === undefined) return undefined;
  const image: StubImage = {
    chip,
    entry: json.entry,
    textStart: json.text_start,
    text: new Uint8Array(Buffer.from(json.text, 'base64')),
    dataStart: json.data_start,
    data: new Uint8Array(Buffer.from(json.data, 'base64')),
  };
  decoded.set(chip, image);
  return image;
}
