#!/usr/bin/env python3
"""The largest functions of a WebAssembly module, by code size: where the size
budget goes. Needs the function names, which the shipped build drops:

    wasm-bindgen --target web --out-dir /tmp/names --out-name lede \
        target/wasm/wasm32-unknown-unknown/wasm-release/lede.wasm
    python3 scripts/wasm_functions.py /tmp/names/lede_bg.wasm 40

Standard library only; reads the type, import, code and name sections.
"""
import re
import sys


def leb(data, i):
    """An unsigned LEB128 number at data[i]: (value, next index)."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def skip_name(data, i):
    n, i = leb(data, i)
    return i + n


def functions(data):
    """[(code bytes, name)] for the module's own functions."""
    imported, sizes, names = 0, [], {}
    i = 8  # magic and version
    while i < len(data):
        section, i = data[i], i + 1
        length, i = leb(data, i)
        end = i + length
        if section == 2:  # imports: functions among them shift the indexes
            count, j = leb(data, i)
            for _ in range(count):
                j = skip_name(data, skip_name(data, j))
                kind, j = data[j], j + 1
                if kind == 0:
                    imported += 1
                    _, j = leb(data, j)
                elif kind == 1:  # table: element type, limits
                    flags, j = leb(data, j + 1)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:  # memory: limits
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:  # global: type, mutability
                    j += 2
                else:  # tag
                    j += 1
                    _, j = leb(data, j)
        elif section == 10:  # code
            count, j = leb(data, i)
            for _ in range(count):
                size, j = leb(data, j)
                sizes.append(size)
                j += size
        elif section == 0 and data[i + 1:i + 1 + data[i]] == b"name":
            j = i + 1 + data[i]
            while j < end:
                sub, j = data[j], j + 1
                sub_len, j = leb(data, j)
                if sub == 1:  # function names
                    count, k = leb(data, j)
                    for _ in range(count):
                        index, k = leb(data, k)
                        n, k = leb(data, k)
                        names[index] = data[k:k + n].decode("utf-8", "replace")
                        k += n
                j += sub_len
        i = end
    return [(size, names.get(imported + k, f"#{imported + k}")) for k, size in enumerate(sizes)]


def main():
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    rows = sorted(functions(data), reverse=True)
    print(f"{sum(s for s, _ in rows)} bytes of code in {len(rows)} functions; the largest:")
    for size, name in rows[:top]:
        # Crate hashes ("lede[4ea07f9ac394d7db]") only make the names longer.
        short = re.sub(r"\[[0-9a-f]+\]", "", name)
        print(f"{size:7d}  {short[:150]}")


if __name__ == "__main__":
    main()
