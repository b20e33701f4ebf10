#!/usr/bin/env python3
"""Writes the documents of the bounded-memory measurement (fuzz/memory/measure.sh) into a
folder: valid ones as large as the contract lets them be, and hostile ones of about 1 MiB,
each at most the default max_bytes (1048576), so that every byte of them is parsed."""
import pathlib
import sys

LIMIT = 1 << 20
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'memory-documents')
out.mkdir(parents=True, exist_ok=True)


def write(name, text):
    data = text.encode('utf-8')
    assert len(data) <= LIMIT, (name, len(data))
    (out / name).write_bytes(data)


def fill_to(prefix, unit, suffix, separator=','):
    """prefix + unit + separator + unit ... + suffix, as many units as fit in LIMIT."""
    count = (LIMIT - len(prefix.encode()) - len(suffix.encode()) + len(separator)) // (len(unit.encode()) + len(separator))
    return prefix + separator.join([unit] * count) + suffix


def email(i):
    # 64 octets before the '@' and 254 in all: the longest address the contract accepts.
    local = f'c{i:03d}' + 'x' * 60
    return local + '@' + 'a' * 63 + '.' + 'b' * 63 + '.' + 'c' * 61


HEAD = '{"assessment_id":9223372036854775807,"invite_format":"sendlink","expiry_date":"9999-12-31 23:59","candidates":['
largest_name = '\U0001F600' * 255  # 255 code points of 4 octets
candidates = ','.join('{"name":"%s","email":"%s"}' % (largest_name, email(i)) for i in range(500))
valid = HEAD + candidates + ']}'
write('valid-largest-request.json', valid)
# With --allow-unknown a valid request can reach the byte limit through an unknown field.
pad = LIMIT - len(valid.encode()) - len(',"padding":""')
write('valid-1mib-with-unknown-field.json', valid[:-1] + ',"padding":"' + 'p' * pad + '"}')

VALID_FIELDS = '"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@x.io"}]'

# 100,000 distinct undeclared keys at the root.
write('unknown-keys-100k.json', '{' + VALID_FIELDS + ',' + ','.join('"%05d":0' % i for i in range(100000)) + '}')
# As many distinct undeclared keys as fit: three characters each.
alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
keys = (a + b + c for a in alphabet for b in alphabet for c in alphabet)
body = '{' + VALID_FIELDS
parts = []
size = len(body) + 1
for key in keys:
    member = ',"%s":0' % key
    if size + len(member) > LIMIT:
        break
    parts.append(member)
    size += len(member)
write('unknown-keys-max-short.json', body + ''.join(parts) + '}')
# Fewer but long undeclared keys: 1,000 of about 1 KiB.
write('unknown-keys-1000-long.json',
      '{' + VALID_FIELDS + ',' + ','.join('"%04d%s":0' % (i, 'k' * 1030) for i in range(1000)) + '}')

# Nesting: 1,024 levels (the most allowed) over and over inside an unknown field, and 1,025.
deep = '[' * 1022 + ']' * 1022
write('deep-1024-repeated.json', fill_to('{' + VALID_FIELDS + ',"x":[', deep, ']}'))
write('deep-1025-repeated.json', fill_to('{' + VALID_FIELDS + ',"x":[', '[' + deep + ']', ']}'))
write('deep-1024-objects-repeated.json',
      fill_to('{' + VALID_FIELDS + ',"x":[', '{"a":' * 1021 + '{}' + '}' * 1021, ']}'))

# 600 candidates with huge strings: items past the 500th are only checked for well-formedness.
write('candidates-600-huge-strings.json',
      HEAD + ','.join('{"name":"%s","email":"%s"}' % ('n' * 850, 'e' * 850) for _ in range(600)) + ']}')

# Numbers with many digits: in ignored values, and one in an integer field.
write('numbers-1000-digits.json', fill_to('{' + VALID_FIELDS + ',"x":[', '9' * 1000, ']}'))
write('number-1mib-digits-in-id.json',
      fill_to('{"invite_format":"getlink","candidates":[{"name":"A","email":"a@x.io"}],"assessment_id":', '9', '}', ''))

# One huge string: ignored, stored as a name, and made of escapes.
write('string-1mib-ignored.json', fill_to('{' + VALID_FIELDS + ',"x":"', 'a', '"}', ''))
write('string-1mib-name.json',
      fill_to('{"assessment_id":1,"invite_format":"getlink","candidates":[{"email":"a@x.io","name":"', 'a', '"}]}', ''))
write('string-1mib-escapes-name.json',
      fill_to('{"assessment_id":1,"invite_format":"getlink","candidates":[{"email":"a@x.io","name":"', '\\u00e9', '"}]}', ''))

# Many small values: empty objects, and 500 candidates each breaking several rules.
write('empty-objects.json', fill_to('{' + VALID_FIELDS + ',"x":[', '{}', ']}'))
broken = ','.join('{"name":"\\t%s","email":"not an address %d","candidate_email":5,"z":1}' % (' ' * 1950, i)
                  for i in range(500))
write('candidates-500-broken.json', '{"assessment_id":0,"invite_format":"x","expiry_date":"x","candidates":[' + broken + ']}')
