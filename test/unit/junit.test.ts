import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderJUnit } from '../../src/report/junit.js';

describe('JUnit report', () => {
  it('counts cases, escapes text and keeps console bytes XML-safe', () => {
    const xml = renderJUnit({
      name: 'verify-banner',
      timeSeconds: 1.5,
      systemOut: 'boot\x00 ok ]]> done',
      cases: [
        { name: 'expect 1: /BOOT (?<sha>\\w+)/', classname: 'verify-banner./dev/ttyACM0', timeSeconds: 0.25 },
        {
          name: 'expect 2: "ready" & <set>',
          classname: 'verify-banner./dev/ttyACM0',
          timeSeconds: 1.25,
          failure: { message: 'Timed out', type: 'timeout', text: 'last\x07 line' },
        },
        { name: 'expect 3', classname: 'c', timeSeconds: 0, skipped: 'an earlier expected pattern did not appear' },
      ],
    });
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="verify-banner" tests="3" failures="1" errors="0" skipped="1" time="1.500">/,
    );
    assert.match(
      xml,
      /<testcase name="expect 1: \/BOOT \(\?&lt;sha&gt;\\w\+\)\/" classname="verify-banner.\/dev\/ttyACM0" time="0.250"\/>/,
    );
    assert.match(xml, /<testcase name="expect 2: &quot;ready&quot; &amp; &lt;set&gt;"/);
    assert.match(xml, /<failure message="Timed out" type="timeout"><!\[CDATA\[last line\]\]><\/failure>/);
    assert.match(xml, /<skipped message="an earlier expected pattern did not appear"\/>/);
    assert.match(xml, /<system-out><!\[CDATA\[boot ok \]\]\]\]><!\[CDATA\[> done\]\]><\/system-out>/);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(xml, /[\x00-\x08]/);
  });
});
