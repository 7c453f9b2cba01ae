#!/usr/bin/env python3
"""Writes the hostile seeds of one fuzz target into a corpus directory.

    fuzz/make_seeds.py TARGET DIR [MAX_LEN]

They are the shapes issue 11 found the fuzzers could not reach on their own
(deep JSON nesting, XML entity bombs, deeply nested or unclosed HTML, long
JSON lines). They are generated rather than committed because together they
are several MB; the small hand-written seeds live in fuzz/seeds/TARGET/.
Every seed is at most MAX_LEN bytes (run.sh passes its -max_len), because
libFuzzer cuts longer seeds to -max_len and the cut would lose the shape's
closing half. Rewriting the same files makes the script idempotent.
"""

import os
import sys

DEFAULT_MAX_LEN = 4 << 20


def deep_json():
    # 100k levels (~200 KB): far past kMaxJsonDepth (128) and past what the
    # recursive nlohmann copy survived (70k '[' overflowed the stack).
    depth = 100_000
    return {
        "deep_array.jsonl": b'{"id":"deep","text":"Deep metadata.","meta":'
        + b"[" * depth + b"]" * depth + b"}\n",
        # Unbalanced: the parser fails, but only after recursing all the way.
        "deep_unclosed.jsonl": b'{"id":"open","text":"x"}\n' + b"[" * depth + b"\n",
        "deep_object.jsonl": b'{"text":"Objects nest too.","m":' + b'{"a":' * 30_000
        + b"1" + b"}" * 30_000 + b"}\n",
    }


def long_line(max_len):
    # One story of a few MB on one line, then an ordinary line: the reader
    # must keep going after it. Sized to fit -max_len.
    sentence = b"Iranian officials met French diplomats in Geneva on Monday. "
    n = max(1, (max_len * 3 // 4) // len(sentence))
    line = b'{"id":"long","text":"' + sentence * n + b'"}\n'
    return {"long_line.jsonl": line + b'{"id":"after","text":"Still read."}\n'}


def invalid_ids():
    # Many ids that differ only in invalid bytes: each must stay distinct.
    lines = [b'{"id":"id\\u00e9' + bytes([b]) + b'","text":"Text ' + bytes([b]) + b'."}'
             for b in range(0x80, 0x100)]
    return {"invalid_ids.jsonl": b"\n".join(lines) + b"\n"}


def entity_bombs():
    # "Billion laughs": 10 levels of 10 references, 10^10 bytes expanded.
    decl = [b'<!ENTITY l0 "lol">']
    for i in range(1, 11):
        decl.append(b"<!ENTITY l%d \"" % i + b"&l%d;" % (i - 1) * 10 + b'">')
    laughs = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [' + b"\n".join(decl)
              + b']>\n<rss version="2.0"><channel><item><title>t</title>'
              b"<description>&l10;</description></item></channel></rss>\n")
    # Quadratic blowup: one 50 KB entity referenced 20k times (~1 GB), with
    # no nesting for a nesting limit to catch.
    big = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY e "' + b"x" * 50_000
           + b'">]>\n<rss version="2.0"><channel><item><title>big</title><description>'
           + b"&e;" * 20_000 + b"</description></item></channel></rss>\n")
    return {"billion_laughs.rss": laughs, "entity_blowup.rss": big}


def escaped_deep_html():
    # An RSS description holding 100k nested <div>, escaped: the feed reader
    # hands it to gumbo as a fragment (39 s before html_limits).
    body = b"&lt;div&gt;" * 100_000 + b"text"
    return {"escaped_divs.rss": b'<rss version="2.0"><channel><item><title>d</title><description>'
            + body + b"</description></item></channel></rss>\n"}


def deep_html(prefix=b""):
    return {
        # 100k nested <div>: 39 s in gumbo (quadratic scope checks).
        "nested_divs.html": prefix + b"<div>" * 100_000 + b"deep",
        # Unclosed <div><p>: every <p> closes the last and checks scope.
        "unclosed_div_p.html": prefix + b"<div><p>x" * 100_000,
        # Misnested formatting elements with distinct attributes, re-opened
        # in every later paragraph.
        "reconstructed.html": prefix + b"".join(b"<b id=%d><i>" % i for i in range(2000))
        + b"<p>x" * 20_000,
        # Quadratic duplicate-attribute checks.
        "many_attributes.html": prefix + b"<div " + b" ".join(b"a%d" % i for i in range(50_000))
        + b">x</div>",
    }


def long_story(max_len):
    sentence = b"Russia accused Ukraine of shelling Donetsk, and NATO urged restraint. "
    n = max(1, (max_len // 2) // len(sentence))
    # And one "sentence" of a MB without a stop: the splitter must stay linear.
    words = b"Turkey Greece Cyprus Egypt Israel Iran " * ((max_len // 4) // 40)
    return {"long_story.txt": sentence * n, "no_stops.txt": words}


def seeds_for(target, max_len):
    if target == "jsonl_reader_fuzz":
        return {**deep_json(), **long_line(max_len), **invalid_ids()}
    if target == "code_stream_fuzz":
        # Its first byte picks the line limit (see code_stream_fuzz.cc).
        out = {**deep_json(), **long_line(max_len), **invalid_ids()}
        out["long_line_small_limit.jsonl"] = b"\x01" + long_line(max_len)["long_line.jsonl"]
        return out
    if target == "feed_reader_fuzz":
        return {**entity_bombs(), **escaped_deep_html()}
    if target == "html_reader_fuzz":
        return deep_html()
    if target == "analyzer_fuzz":
        # Content decides the format of "fuzz.txt": a doctype makes it HTML,
        # <rss> a feed.
        html = {k: v for k, v in deep_html(b"<!DOCTYPE html>").items()}
        return {**long_story(max_len), **html, **entity_bombs()}
    raise SystemExit(f"make_seeds.py: unknown target {target!r}")


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    target, out_dir = sys.argv[1], sys.argv[2]
    max_len = int(sys.argv[3]) if len(sys.argv) == 4 else DEFAULT_MAX_LEN
    os.makedirs(out_dir, exist_ok=True)
    # Seeds of an earlier run with another MAX_LEN go, so the directory holds
    # exactly this run's.
    for old in os.listdir(out_dir):
        if old.startswith("gen_"):
            os.remove(os.path.join(out_dir, old))
    for name, data in seeds_for(target, max_len).items():
        if len(data) > max_len:
            print(f"make_seeds.py: {name} is {len(data)} bytes, over {max_len}; skipped", file=sys.stderr)
            continue
        with open(os.path.join(out_dir, "gen_" + name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
