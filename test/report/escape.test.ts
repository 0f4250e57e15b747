import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeAttr, escapeHtml, isHttpUrl, jsonForScript } from '../../src/report/escape.ts';

test('escapeHtml escapes the five HTML specials', () => {
  assert.is(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  assert.is(escapeAttr(`" onmouseover='x'`), '&quot; onmouseover=&#39;x&#39;');
});

test('jsonForScript cannot close its script element and parses back', () => {
  const data = { text: '</script><script>alert(1)</script><!-- \u2028' };
  const out = jsonForScript(data);
  assert.not.ok(out.includes('<'));
  assert.equal(JSON.parse(out), data);
});

test('isHttpUrl accepts only http and https', () => {
  assert.ok(isHttpUrl('https://example.org/a?b=1'));
  assert.ok(isHttpUrl('http://example.org'));
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//example.org', 'example.org', '', null]) {
    assert.not.ok(isHttpUrl(bad), String(bad));
  }
});

test.run();
