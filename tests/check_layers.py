#!/usr/bin/env python3
"""The layers of include/invite/ (docs/design.md, "Layers"), checked on every #include.

Bottom to top:
  codec/spelling/detail/  byte-level helpers (SWAR, SSE2, byte search)
  codec/spelling/         pure functions over text: UTF-8, e-mail, URL, dates, JSON strings, pointers
  codec/ vocabulary       the public words of the engine (error, rule, field, formats, ...): codec/
                          headers that include nothing under codec/detail/
  codec/detail/           the engine's internals
  codec/ entry points     parse, write, validate, describe: codec/ headers that use codec/detail/
  contract/               POST /assessment/invite (v2), through the codec's public headers only
  testing/                generators and oracles for harnesses, through public headers only
  invite.hpp, light.hpp, implementation.hpp, testing.hpp, version.hpp

A header may include its own layer and the layers below it. Because codec/detail/ sits between
the two kinds of codec/ header, a vocabulary header that codec/detail/ includes may never reach
codec/detail/ itself: no detail -> public -> detail loop. Tools include public headers only.
testing/ is written apart from what it holds to account: besides itself it includes only the
contract's plain types and numbers, the error codes and options, and the e-mail limits.

    check_layers.py INCLUDE_DIR [TOOLS_DIR]
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*<(invite/[^>]+)>', re.M)
THIRD_PARTY = re.compile(r'^\s*#\s*include\s*<(simdjson|boost/)', re.M)


def folder_of(header):
    parts = header.split('/')[1:-1]  # without "invite" and the file name
    return '/'.join(parts)


def kind_of(header, reaches_detail):
    folder = folder_of(header)
    if folder.startswith('codec/spelling/detail'):
        return 'spelling/detail'
    if folder.startswith('codec/spelling'):
        return 'spelling'
    if folder.startswith('codec/detail'):
        return 'codec/detail'
    if folder.startswith('codec'):
        return 'codec entry point' if reaches_detail[header] else 'codec vocabulary'
    if folder.startswith('contract'):
        return 'contract'
    if folder.startswith('testing') or header == 'invite/testing.hpp':
        return 'testing'
    if folder == '':
        return 'umbrella'
    return 'unknown'


# What testing/ may include besides itself: never the reader, writer, rules or validators it is
# there to judge.
TESTING_MAY_INCLUDE = {
    'invite/contract/request_struct.hpp', 'invite/contract/response_struct.hpp', 'invite/contract/limits.hpp',
    'invite/codec/error.hpp', 'invite/codec/parse_options.hpp', 'invite/codec/spelling/email.hpp',
}

RANK = {
    'spelling/detail': 0, 'spelling': 1, 'codec vocabulary': 2, 'codec/detail': 3,
    'codec entry point': 4, 'contract': 5, 'testing': 6, 'umbrella': 7,
}


def main():
    include_dir = sys.argv[1]
    tools_dir = sys.argv[2] if len(sys.argv) > 2 else None
    includes = {}
    texts = {}
    for root, _, files in os.walk(os.path.join(include_dir, 'invite')):
        for name in files:
            if not name.endswith('.hpp'):
                continue
            path = os.path.join(root, name)
            header = os.path.relpath(path, include_dir).replace(os.sep, '/')
            with open(path, encoding='utf-8') as f:
                texts[header] = f.read()
            includes[header] = INCLUDE.findall(texts[header])
    broken = []

    top_folders = {h.split('/')[1] for h in includes if h.count('/') >= 2}
    for folder in sorted(top_folders - {'codec', 'contract', 'testing'}):
        broken.append(f'invite/{folder}/: a folder outside codec/, contract/ and testing/ '
                      '(what serves only the codec lives inside it)')

    reaches = {}

    def closure(header, seen=None):
        if header in reaches:
            return reaches[header]
        result = set()
        for included in includes.get(header, []):
            result.add(included)
            result |= closure(included)
        reaches[header] = result
        return result

    reaches_detail = {h: any(folder_of(r).startswith('codec/detail') for r in closure(h)) for h in includes}
    kinds = {h: kind_of(h, reaches_detail) for h in includes}

    for header in sorted(includes):
        kind = kinds[header]
        if kind == 'unknown':
            broken.append(f'{header}: in no layer')
            continue
        for included in includes[header]:
            if included not in kinds:
                broken.append(f'{header}: includes <{included}>, which does not exist')
                continue
            other = kinds[included]
            if RANK[other] > RANK[kind]:
                broken.append(f'{header} ({kind}): includes <{included}> ({other}), a higher layer')
            elif kind == 'contract' and other in ('codec/detail', 'spelling/detail'):
                broken.append(f'{header}: includes <{included}>; the contract uses the codec\'s public headers only')
            elif kind == 'testing' and other != 'testing' and included not in TESTING_MAY_INCLUDE:
                broken.append(f'{header}: includes <{included}>; testing is written apart from what it tests')
        if kind in ('spelling', 'spelling/detail') and THIRD_PARTY.search(texts[header]):
            broken.append(f'{header}: spelling is pure text work, without simdjson or Boost')

    if tools_dir:
        for root, _, files in os.walk(tools_dir):
            for name in files:
                if not name.endswith(('.cpp', '.hpp')):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding='utf-8') as f:
                    for included in INCLUDE.findall(f.read()):
                        if '/detail/' in included:
                            broken.append(f'{os.path.relpath(path, os.path.dirname(tools_dir))}: includes '
                                          f'<{included}>; tools use the library\'s public headers only')

    if broken:
        print('includes against the layers:')
        for line in broken:
            print('  ' + line)
        return 1
    counts = {}
    for kind in kinds.values():
        counts[kind] = counts.get(kind, 0) + 1
    print('every include follows the layers: ' +
          ', '.join(f'{counts.get(k, 0)} {k}' for k in sorted(RANK, key=RANK.get)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
