#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A fixed-rate HTTP/1.1 load generator (what wrk2 does, which Debian 12 does not package).

loadgen.py URL [--rate 1000] [--connections 16] [--duration 10] [--warmup 2]

Request i is due at start + i/rate and goes on keep-alive connection i % connections (GET, no
pipelining). Its latency is counted from the moment it was sent to the end of its response
("service"), and also from the moment it was due ("corrected": a stall that delays later requests
counts for them too, as wrk2 counts it). Prints one summary line and a RESULT line with the figures
in milliseconds for scripts. Requests that fail or answer other than 2xx are counted as errors.
"""
import argparse
import asyncio
import sys
import time
import urllib.parse


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    index = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[index]


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)
    return status


async def connection(url, first, step, rate, start, end, stats):
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    target = (url.path or "/") + ("?" + url.query if url.query else "")
    request = f"GET {target} HTTP/1.1\r\nHost: {url.netloc}\r\nAccept: application/json\r\n\r\n".encode()
    loop = asyncio.get_running_loop()
    i = first
    try:
        while True:
            due = start + i / rate
            if due >= end:
                break
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            sent = loop.time()
            writer.write(request)
            try:
                status = await read_response(reader)
            except (asyncio.IncompleteReadError, ConnectionError, ValueError):
                stats["errors"] += 1
                break
            done = loop.time()
            if 200 <= status < 300:
                stats["service"].append(done - sent)
                stats["corrected"].append(done - due)
            else:
                stats["errors"] += 1
            i += step
    finally:
        writer.close()


async def run(url, rate, connections, duration):
    loop = asyncio.get_running_loop()
    start = loop.time() + 0.2
    end = start + duration
    stats = {"service": [], "corrected": [], "errors": 0}
    await asyncio.gather(*(connection(url, k, connections, rate, start, end, stats) for k in range(connections)))
    return stats, loop.time() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--rate", type=float, default=1000)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--duration", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=2)
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.url)
    if url.scheme != "http" or not url.hostname or not url.port:
        sys.exit("loadgen.py: URL must be http://HOST:PORT/…")
    if args.warmup > 0:
        asyncio.run(run(url, args.rate, args.connections, args.warmup))
    stats, elapsed = asyncio.run(run(url, args.rate, args.connections, args.duration))
    service = sorted(stats["service"])
    corrected = sorted(stats["corrected"])
    ms = lambda values, p: percentile(values, p) * 1000.0
    n = len(service)
    print(f"{n} requests in {elapsed:.1f} s ({n / elapsed:.0f} req/s), {stats['errors']} errors; "
          f"service p50 {ms(service, 50):.3f} ms, p99 {ms(service, 99):.3f} ms, max {ms(service, 100):.3f} ms; "
          f"from due time p99 {ms(corrected, 99):.3f} ms, max {ms(corrected, 100):.3f} ms")
    print(f"RESULT requests={n} errors={stats['errors']} rps={n / elapsed:.0f} p50={ms(service, 50):.3f} "
          f"p99={ms(service, 99):.3f} max={ms(service, 100):.3f} due_p50={ms(corrected, 50):.3f} "
          f"due_p99={ms(corrected, 99):.3f} due_max={ms(corrected, 100):.3f}")
    return 1 if n == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
