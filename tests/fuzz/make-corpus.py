#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hand-made seeds of tests/fuzz/corpus/.

The corpus also holds real documents (ok-document-*.json, written by the
app) and every input the fuzzer ever failed on; this script only makes the
nasty ones, so that they can be read here rather than in a hex dump.
Names say what the reader must do: ok-* must read, bad-* must be refused.
The 1 MiB boundary files are made at test time by test-fuzz-corpus.c.
"""
import os
import sys

corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus')

seeds = {
    # Accepted shapes.
    'ok-minimal.json': b'{"answers":{}}',
    'ok-readme-example.json':
        b'{ "answers": { "compensation": "per-campaign", "agreement": "per-campaign",\n'
        b'               "brands": "many", "platforms": ["instagram", "blog"] } }\n',
    'ok-nulls.json': b'{"answers":{"compensation":null,"platforms":null}}',
    'ok-no-platforms.json': b'{"answers":{"platforms":[]}}',
    'ok-crlf.json': b'{\r\n  "format": "creator-role/result",\r\n  "version": 1,\r\n'
                    b'  "answers": {\r\n    "brands": "one"\r\n  }\r\n}\r\n',
    'ok-unicode-extras.json':
        '{"answers":{"brands":"few"},"note":"caf\u00e9 \u0645\u0631\u062d\u0628\u0627 '
        '\U0001f600 \\u00e9\\ud83d\\ude00","result":{"role":"nobody"}}'.encode(),
    'ok-depth-32.json': b'{"answers":{},"x":' + b'[' * 31 + b']' * 31 + b'}',
    'ok-brackets-in-strings.json':
        b'{"answers":{},"note":"' + b'[{' * 50000 + b'","quoted":"\\"[[[\\\\"}',
    'ok-huge-ignored-string.json': b'{"answers":{},"notes":"' + b'y' * (256 * 1024) + b'"}',
    'ok-many-extra-members.json':
        b'{"answers":{"brands":"one"},' +
        b','.join(b'"m%d":%d' % (i, i) for i in range(20000)) + b'}',

    # Nesting: refused before the recursive JSON parser sees it.
    'bad-depth-33.json': b'{"answers":{},"x":' + b'[' * 32 + b']' * 32 + b'}',
    'bad-nesting-100000-arrays.json': b'[' * 100000 + b']' * 100000,
    'bad-nesting-100000-objects.json': b'{"":' * 100000 + b'0' + b'}' * 100000,
    'bad-nesting-100000-unclosed.json': b'[' * 100000,
    'bad-nesting-100000-in-answers.json':
        b'{"answers":{"platforms":' + b'[' * 100000 + b']' * 100000 + b'}}',

    # Huge strings where ids belong.
    'bad-huge-option.json': b'{"answers":{"compensation":"' + b'x' * (256 * 1024) + b'"}}',
    'bad-huge-platform.json': b'{"answers":{"platforms":["' + b'p' * (256 * 1024) + b'"]}}',
    'bad-huge-question.json': b'{"answers":{"' + b'q' * (256 * 1024) + b'":"none"}}',
    'bad-huge-format.json': b'{"format":"' + b'f' * (64 * 1024) + b'","answers":{}}',

    # NUL bytes.
    'bad-nul-only.json': b'\0',
    'bad-nul-in-string.json': b'{"answers":{"compensation":"per\0campaign"}}',
    'bad-nul-escaped.json': b'{"answers":{"compensation":"per\\u0000campaign"}}',
    'bad-nul-escaped-question.json': b'{"answers":{"brands\\u0000x":"one"}}',
    'bad-nul-after-document.json': b'{"answers":{}}\0\0\0',

    # Invalid UTF-8, raw and through escapes.
    'bad-utf8-ff.json': b'{"answers":{"brands":"\xff"}}',
    'bad-utf8-overlong.json': b'{"answers":{"brands":"\xc0\xaf"}}',
    'bad-utf8-surrogate.json': b'{"answers":{"brands":"\xed\xa0\x80"}}',
    'bad-utf8-above-10ffff.json': b'{"answers":{"brands":"\xf4\x90\x80\x80"}}',
    'bad-utf8-truncated-at-end.json': b'{"answers":{}}\xe2\x82',
    'bad-utf8-latin1.json': '{"answers":{"brands":"caf\u00e9"}}'.encode('latin-1'),
    'bad-lone-surrogate-escape.json': b'{"answers":{"compensation":"\\ud800"}}',
    'bad-lone-low-surrogate-escape.json': b'{"answers":{"\\udc00":"none"}}',
    'bad-utf16.json': '{"answers":{}}'.encode('utf-16'),

    # Control characters that would split an error message over lines.
    'bad-newline-in-option.json': b'{"answers":{"compensation":"a\\nb\\rc"}}',
    'bad-newline-in-question.json': b'{"answers":{"line\\none":"none"}}',
    'bad-escape-sequences.json': b'{"answers":{"brands":"\\u001b[31mred\\u001b[0m"}}',
    'bad-raw-control-char.json': b'{"answers":{"brands":"\x01"}}',

    # Numbers (and other types) where strings belong.
    'bad-number-option.json': b'{"answers":{"compensation":1}}',
    'bad-float-option.json': b'{"answers":{"compensation":1.5}}',
    'bad-huge-number-option.json': b'{"answers":{"compensation":1e999}}',
    'bad-long-number-option.json': b'{"answers":{"compensation":' + b'9' * 5000 + b'}}',
    'bad-number-in-platforms.json': b'{"answers":{"platforms":["blog",-0]}}',
    'bad-object-option.json': b'{"answers":{"brands":{"one":true}}}',
    'bad-number-answers.json': b'{"answers":42}',
    'bad-number-format.json': b'{"format":1,"answers":{}}',
    'bad-version-float.json': b'{"version":1.0,"answers":{}}',
    'bad-version-string.json': b'{"version":"1","answers":{}}',
    'bad-version-zero.json': b'{"version":0,"answers":{}}',
    'bad-version-negative.json': b'{"version":-9223372036854775808,"answers":{}}',
    'bad-version-huge.json': b'{"version":99999999999999999999999,"answers":{}}',
    'bad-version-newer.json': b'{"format":"creator-role/result","version":2,"answers":{}}',

    # Not ours, empty, truncated, not JSON.
    'bad-not-ours.json': b'{"format":"creator-role/settings","version":1,"answers":{}}',
    'bad-other-app.json': b'{"name":"left-pad","version":"1.3.0","dependencies":{}}',
    'bad-empty.json': b'',
    'bad-blank.json': b' \n\t\r\n ',
    'bad-top-null.json': b'null',
    'bad-top-number.json': b'42',
    'bad-top-array.json': b'[{"answers":{}}]',
    'bad-trailing-garbage.json': b'{"answers":{}} {"answers":{}}',
    'bad-backslash-at-end.json': b'{"answers":{"brands":"\\',
    'bad-unterminated-string.json': b'{"answers":{"brands":"one',
    'bad-many-unknown-questions.json':
        b'{"answers":{' + b','.join(b'"q%d":"x"' % i for i in range(10000)) + b'}}',
    'bad-duplicate-platform.json': b'{"answers":{"platforms":["x","blog","x"]}}',
    'ok-bom.json': b'\xef\xbb\xbf{"answers":{}}',

    # Either outcome is fine; the fuzzer's checks still apply.
    'duplicate-member.json': b'{"answers":{"compensation":"none","compensation":"gifts"}}',
}


def main():
    os.makedirs(corpus, exist_ok=True)
    for name, data in sorted(seeds.items()):
        with open(os.path.join(corpus, name), 'wb') as f:
            f.write(data)
    truncated = os.path.join(corpus, 'ok-document-full-time-creator.json')
    if os.path.exists(truncated):
        with open(truncated, 'rb') as f:
            data = f.read()
        with open(os.path.join(corpus, 'bad-truncated-document.json'), 'wb') as f:
            f.write(data[:len(data) // 2])
    return 0


if __name__ == '__main__':
    sys.exit(main())
