#!/usr/bin/env python3
"""Open-loop load generator for POST /api/v1/reports from many client addresses on loopback.

Normally started by bench/report-load.sh, which checks the application first and finds the embedded database.
Standard library only (Python >= 3.8).

Every request opens its own TCP connection (``Connection: close``) whose source address is bound to an address in
127.0.0.0/8 before connecting, so the application sees it as ``request.getRemoteAddr()``. Requests start at a fixed
rate (open loop: the schedule does not wait for answers) and each comes from an address drawn from a pool of normal
clients, or, with a small probability, from one of a few "noisy" clients that send far more than the limit.

Checks (exit status 1 when one fails): no 5xx, no connection errors or timeouts, no other unexpected status, every
429 carries a Retry-After of whole seconds, every noisy client got a 429, no client got more 201s than the limit, and
(on a limiter that has not seen these addresses in the last window) every client got exactly min(sent, limit) 201s.
Afterwards every tracking code of a 201 is looked up in the database with psql (--db-port) and/or through
GET /api/v1/reports/{code} (--verify-api). Exit status 2: setup problem (bad settings, cannot bind or connect).
"""

import argparse
import asyncio
import datetime
import json
import multiprocessing
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

CATEGORIES = ["NOISE", "LITTER", "AGGRESSION", "DRUGS_ALCOHOL", "LOITERING", "PARKING", "COMPLIMENT", "OTHER"]


def log(msg):
    print("[report-load] " + msg, file=sys.stderr, flush=True)


class Setup(Exception):
    """A problem with the settings or the environment: exit 2."""


# ----------------------------------------------------------------------------------------------------------------
# Addresses and the schedule

def address(prefix, index):
    """The index-th address (0-based) under a /16 prefix such as '127.1', skipping .0 and .255 as last octet."""
    third, fourth = divmod(index, 254)
    if third > 255:
        raise Setup("address pool too large for a /16 (at most %d addresses)" % (256 * 254))
    return "%s.%d.%d" % (prefix, third, fourth + 1)


def build_schedule(args):
    """[(seq, offset_s, address, noisy)] for the whole run, reproducible from --seed."""
    rng = random.Random(args.seed)
    total = int(round(args.rate * args.duration))
    normal = [address(args.prefix, i) for i in range(args.pool)]
    # the noisy clients live at the top of the /16, well away from the pool
    noisy = [address(args.prefix, 256 * 254 - 1 - i) for i in range(args.noisy)]
    if set(noisy) & set(normal):
        raise Setup("POOL and NOISY overlap in %s.0.0/16" % args.prefix)
    schedule = []
    for seq in range(total):
        is_noisy = bool(noisy) and rng.random() < args.noisy_share
        addr = rng.choice(noisy) if is_noisy else rng.choice(normal)
        schedule.append((seq, seq / args.rate, addr, is_noisy))
    per_noisy = {a: 0 for a in noisy}
    for _, _, addr, is_noisy in schedule:
        if is_noisy:
            per_noisy[addr] += 1
    short = [a for a, n in per_noisy.items() if n <= args.limit]
    if short:
        raise Setup("noisy clients %s would send no more than the limit (%d); raise NOISY_SHARE or lower NOISY"
                    % (", ".join(short), args.limit))
    return schedule


def body_for(seq, run_id, rng):
    """A valid submission; a third with a point in Dordrecht, a third with a description of the place."""
    body = {"category": CATEGORIES[seq % len(CATEGORIES)],
            "description": "load test %s #%d: geluidsoverlast in de avond" % (run_id, seq)}
    kind = seq % 3
    if kind == 1:
        body["lon"] = round(4.66 + rng.random() * 0.04, 6)
        body["lat"] = round(51.80 + rng.random() * 0.02, 6)
    elif kind == 2:
        body["locationText"] = "Bij het plein, nummer %d" % (seq % 97)
    return json.dumps(body, separators=(",", ":")).encode()


# ----------------------------------------------------------------------------------------------------------------
# A minimal HTTP/1.1 client over asyncio streams

async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("iso-8859-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/"):
        raise ValueError("bad status line %r" % lines[0])
    status = int(parts[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
            if size == 0:
                while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                    pass
                break
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
        body = b"".join(chunks)
    elif "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    else:
        body = await reader.read()
    return status, headers, body


async def http(host, port, source, method, path, body=None, timeout=10.0):
    """One request on its own connection from the given source address: (status, headers, body)."""
    async def exchange():
        reader, writer = await asyncio.open_connection(host, port, local_addr=(source, 0) if source else None)
        try:
            req = ["%s %s HTTP/1.1" % (method, path), "Host: %s:%d" % (host, port), "Accept: application/json",
                   "Connection: close", "User-Agent: thuisbasis-report-load"]
            if body is not None:
                req += ["Content-Type: application/json", "Content-Length: %d" % len(body)]
            writer.write(("\r\n".join(req) + "\r\n\r\n").encode() + (body or b""))
            await writer.drain()
            return await read_response(reader)
        finally:
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass
    return await asyncio.wait_for(exchange(), timeout)


# ----------------------------------------------------------------------------------------------------------------
# The run: one asyncio loop per worker process

async def run_part(part, start, args, run_id):
    rng = random.Random(args.seed + 1)
    results = []
    tasks = []

    async def one(seq, offset, addr, noisy):
        scheduled = start + offset
        began = time.monotonic()
        status, retry_after, code, error = None, None, None, None
        try:
            status, headers, body = await http(args.host, args.port, addr, "POST", "/api/v1/reports",
                                               body_for(seq, run_id, rng), args.timeout)
            retry_after = headers.get("retry-after")
            if status == 201:
                code = json.loads(body.decode())["trackingCode"]
        except asyncio.TimeoutError:
            error = "timeout after %gs" % args.timeout
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, KeyError) as e:
            error = "%s: %s" % (type(e).__name__, e)
        done = time.monotonic()
        # latency from the scheduled start (open loop: includes any delay of the generator itself)
        results.append((seq, addr, noisy, status, done - scheduled, began - scheduled, offset, retry_after, code,
                        error))

    for seq, offset, addr, noisy in part:
        delay = start + offset - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(one(seq, offset, addr, noisy)))
    await asyncio.gather(*tasks)
    return results


def worker(part, start, args, run_id):
    return asyncio.run(run_part(part, start, args, run_id))


def cpu_times_of(pid):
    """(user + system) seconds of a process, or None."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def machine_cpu():
    """(busy, total) jiffies of all cores from /proc/stat."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


# ----------------------------------------------------------------------------------------------------------------
# Evaluation

def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def latency_summary(values):
    v = sorted(values)
    if not v:
        return None
    return {"n": len(v), "p50": percentile(v, 50), "p95": percentile(v, 95), "p99": percentile(v, 99), "max": v[-1]}


def evaluate(results, args, wall_start, wall_end):
    failures = []
    status_counts = {}
    errors = {}
    for r in results:
        key = str(r[3]) if r[3] is not None else "error"
        status_counts[key] = status_counts.get(key, 0) + 1
        if r[9]:
            kind = r[9].split(":")[0]
            errors[kind] = errors.get(kind, 0) + 1
    n5xx = sum(n for s, n in status_counts.items() if s.startswith("5"))
    if n5xx:
        failures.append("%d answers 5xx" % n5xx)
    nerr = status_counts.get("error", 0)
    if nerr:
        failures.append("%d connection errors or timeouts (%s)" % (nerr, ", ".join("%s %d" % kv for kv in errors.items())))
    unexpected = {s: n for s, n in status_counts.items() if s not in ("201", "429", "error") and not s.startswith("5")}
    if unexpected:
        failures.append("unexpected statuses: %s" % ", ".join("%s × %d" % kv for kv in sorted(unexpected.items())))

    no_retry = [r for r in results if r[3] == 429 and not (r[7] or "").isdigit()]
    if no_retry:
        failures.append("%d answers 429 without a Retry-After of whole seconds (e.g. %r)" % (len(no_retry), no_retry[0][7]))
    retry_values = sorted(int(r[7]) for r in results if r[3] == 429 and (r[7] or "").isdigit())

    per_addr = {}
    for r in results:
        a = per_addr.setdefault(r[1], {"noisy": r[2], "sent": 0, "201": 0, "429": 0, "other": 0})
        a["sent"] += 1
        a["201" if r[3] == 201 else "429" if r[3] == 429 else "other"] += 1
    noisy = {k: v for k, v in per_addr.items() if v["noisy"]}
    normal = {k: v for k, v in per_addr.items() if not v["noisy"]}
    quiet_noisy = sorted(k for k, v in noisy.items() if v["429"] == 0)
    if quiet_noisy:
        failures.append("noisy clients never got 429: %s" % ", ".join(quiet_noisy))
    over = sorted(k for k, v in per_addr.items() if v["201"] > args.limit)
    if over:
        failures.append("%d clients got more than %d × 201 (e.g. %s)" % (len(over), args.limit, over[0]))
    # with a limiter that has not seen these addresses in the last window, each client gets exactly min(sent, limit)
    # 201s (requests that ended in an error are left out: they fail the run anyway)
    exact_check = args.duration < args.window
    mismatched = []
    if exact_check:
        for k, v in per_addr.items():
            if v["other"] == 0 and v["201"] != min(v["sent"], args.limit):
                mismatched.append(k)
        if mismatched:
            k = sorted(mismatched)[0]
            failures.append("%d clients got another number of 201s than min(sent, %d), e.g. %s: sent %d, 201 × %d, "
                            "429 × %d (was this address pool used less than WINDOW ago? then restart the application "
                            "or use another PREFIX)" % (len(mismatched), args.limit, k, per_addr[k]["sent"],
                                                        per_addr[k]["201"], per_addr[k]["429"]))

    codes = [r[8] for r in results if r[8]]
    if len(set(codes)) != len(codes):
        failures.append("%d tracking codes were handed out twice" % (len(codes) - len(set(codes))))

    answered = [r for r in results if r[3] is not None]
    lag = sorted(r[5] for r in results)
    first_start = min(r[6] + r[5] for r in results)
    last_start = max(r[6] + r[5] for r in results)
    last_done = max(r[6] + r[4] for r in results)
    buckets = []
    step = 10.0
    b = 0.0
    while b < args.duration:
        in_b = [r for r in results if b <= r[6] < b + step]
        lat = sorted(r[4] for r in in_b if r[3] is not None)
        buckets.append({"from": b, "to": min(b + step, args.duration), "sent": len(in_b),
                        "201": sum(1 for r in in_b if r[3] == 201), "429": sum(1 for r in in_b if r[3] == 429),
                        "other": sum(1 for r in in_b if r[3] not in (201, 429)),
                        "p50": percentile(lat, 50), "p99": percentile(lat, 99), "max": lat[-1] if lat else None})
        b += step

    return {
        "failures": failures,
        "requests": len(results),
        "status_counts": dict(sorted(status_counts.items())),
        "errors": errors,
        # starts per second between the first and the last start; answers per second from the first start on
        "sent_rate": (len(results) - 1) / (last_start - first_start) if last_start > first_start else None,
        "answered_rate": len(answered) / (last_done - first_start) if last_done > first_start else None,
        "last_start_s": last_start,
        "last_answer_s": last_done,
        "start_lag": {"p50": percentile(lag, 50), "p99": percentile(lag, 99), "max": lag[-1]},
        "latency_all": latency_summary([r[4] for r in answered]),
        "latency_201": latency_summary([r[4] for r in answered if r[3] == 201]),
        "latency_429": latency_summary([r[4] for r in answered if r[3] == 429]),
        "retry_after": {"min": retry_values[0], "max": retry_values[-1]} if retry_values else None,
        "clients": {
            "normal": len(normal),
            "normal_over_limit": sum(1 for v in normal.values() if v["sent"] > args.limit),
            "normal_with_429": sum(1 for v in normal.values() if v["429"] > 0),
            "noisy": len(noisy),
            "noisy_sent": sum(v["sent"] for v in noisy.values()),
            "noisy_201": sum(v["201"] for v in noisy.values()),
            "noisy_429": sum(v["429"] for v in noisy.values()),
            "max_201_per_client": max((v["201"] for v in per_addr.values()), default=0),
            "exact_limit_check": exact_check,
            "exact_limit_mismatches": len(mismatched),
        },
        "codes": codes,
        "buckets": buckets,
        "wall_start": wall_start,
        "wall_end": wall_end,
    }


# ----------------------------------------------------------------------------------------------------------------
# Afterwards: are the accepted reports in the database?

def verify_db(args, codes, run_id, wall_start):
    with tempfile.NamedTemporaryFile("w", suffix=".codes", delete=False) as f:
        f.write("\n".join(codes) + ("\n" if codes else ""))
        path = f.name
    since = datetime.datetime.fromtimestamp(wall_start - 1, datetime.timezone.utc).isoformat()
    marker = "load test %s #%%" % run_id
    script = """
create temp table load_codes (code text primary key);
\\copy load_codes from '%s'
select (select count(*) from load_codes),
       (select count(*) from load_codes c join report r on r.tracking_code = c.code),
       (select count(*) from report r where r.description like '%s'),
       (select count(*) from report r where r.received_at >= '%s'),
       (select count(*) from report_status_change s join report r on r.id = s.report_id
         where r.description like '%s' and s.status = 'RECEIVED');
""" % (path, marker, since, marker)
    env = dict(os.environ, PGCONNECT_TIMEOUT="10")
    cmd = ["psql", "-X", "-q", "-A", "-t", "-F", " ", "-v", "ON_ERROR_STOP=1", "-h", args.db_host, "-p",
           str(args.db_port), "-U", args.db_user, "-d", args.db_name, "-f", "-"]
    try:
        out = subprocess.run(cmd, input=script, capture_output=True, text=True, env=env, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return {"ok": False, "detail": "psql could not run: %s" % e}
    finally:
        os.unlink(path)
    if out.returncode != 0:
        return {"ok": False, "detail": "psql failed (exit %d): %s" % (out.returncode, out.stderr.strip())}
    loaded, found, marked, since_start, received = (int(v) for v in out.stdout.split())
    ok = loaded == len(codes) and found == len(codes) and marked == len(codes) and since_start == len(codes) \
        and received == len(codes)
    return {"ok": ok, "codes": len(codes), "found": found, "rows_of_this_run": marked,
            "rows_received_since_start": since_start, "received_status_rows": received, "since": since}


async def verify_api_async(args, codes):
    sem = asyncio.Semaphore(16)
    bad = []

    async def one(code):
        async with sem:
            try:
                status, _, body = await http(args.host, args.port, None, "GET", "/api/v1/reports/" + code,
                                             timeout=args.timeout)
                if status != 200 or json.loads(body.decode()).get("trackingCode") != code:
                    bad.append("%s: HTTP %d" % (code, status))
            except Exception as e:  # noqa: BLE001 - any failure is a missing report here
                bad.append("%s: %s" % (code, type(e).__name__))
    await asyncio.gather(*(one(c) for c in codes))
    return bad


def verify_api(args, codes):
    started = time.monotonic()
    bad = asyncio.run(verify_api_async(args, codes))
    return {"ok": not bad, "codes": len(codes), "found": len(codes) - len(bad), "missing_examples": bad[:5],
            "seconds": round(time.monotonic() - started, 1)}


# ----------------------------------------------------------------------------------------------------------------

def ms(v):
    return "–" if v is None else ("%.1f" % (v * 1000) if v < 10 else "%.0f" % (v * 1000))


def print_summary(s, args):
    out = []
    out.append("requests %d at %g/s for %gs from %d normal + %d noisy clients (%s.0.0/16, limit %d per %gs)"
               % (s["requests"], args.rate, args.duration, s["clients"]["normal"], s["clients"]["noisy"],
                  args.prefix, args.limit, args.window))
    out.append("status   %s" % ", ".join("%s × %d" % kv for kv in s["status_counts"].items()))
    out.append("rate     sent %.1f/s (last start at %.2f s), answered %.1f/s (last answer at %.2f s)"
               % (s["sent_rate"], s["last_start_s"], s["answered_rate"], s["last_answer_s"]))
    out.append("lag      generator start lag p50 %s ms, p99 %s ms, max %s ms"
               % (ms(s["start_lag"]["p50"]), ms(s["start_lag"]["p99"]), ms(s["start_lag"]["max"])))
    for name in ("all", "201", "429"):
        l = s["latency_" + name]
        if l:
            out.append("latency  %-4s n=%d p50 %s ms, p95 %s ms, p99 %s ms, max %s ms"
                       % (name, l["n"], ms(l["p50"]), ms(l["p95"]), ms(l["p99"]), ms(l["max"])))
    c = s["clients"]
    out.append("clients  %d normal (%d sent more than the limit, %d got a 429); noisy: %d sent, %d × 201, %d × 429; "
               "at most %d × 201 per client; Retry-After %s"
               % (c["normal"], c["normal_over_limit"], c["normal_with_429"], c["noisy_sent"], c["noisy_201"],
                  c["noisy_429"], c["max_201_per_client"],
                  "%d–%d s" % (s["retry_after"]["min"], s["retry_after"]["max"]) if s["retry_after"] else "–"))
    if s.get("cpu"):
        out.append("cpu      %s" % s["cpu"]["text"])
    for b in s["buckets"]:
        out.append("  %3.0f–%3.0f s: sent %4d, 201 %4d, 429 %3d, other %d; p50 %s ms, p99 %s ms, max %s ms"
                   % (b["from"], b["to"], b["sent"], b["201"], b["429"], b["other"], ms(b["p50"]), ms(b["p99"]),
                      ms(b["max"])))
    for key in ("db", "api"):
        if key in s:
            out.append("%-8s %s" % (key, json.dumps(s[key])))
    for f in s["failures"]:
        out.append("FAIL     " + f)
    out.append("result   " + ("FAILED" if s["failures"] else "OK"))
    print("\n".join(out), flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--base-url", default="http://127.0.0.1:8080")
    p.add_argument("--rate", type=float, default=200.0, help="requests started per second")
    p.add_argument("--duration", type=float, default=60.0, help="seconds")
    p.add_argument("--pool", type=int, default=4000, help="normal client addresses")
    p.add_argument("--prefix", default="127.1", help="the /16 of the client addresses")
    p.add_argument("--noisy", type=int, default=10, help="noisy client addresses")
    p.add_argument("--noisy-share", type=float, default=0.05, help="share of the requests from noisy clients")
    p.add_argument("--limit", type=int, default=5, help="the application's thuisbasis.reports.max-per-window")
    p.add_argument("--window", type=float, default=600.0, help="the application's thuisbasis.reports.window, seconds")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    p.add_argument("--workers", type=int, default=1, help="generator processes")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--server-pid", type=int, help="measure this process's CPU time during the run")
    p.add_argument("--db-port", type=int, help="check the database with psql on this port")
    p.add_argument("--db-host", default="localhost")
    p.add_argument("--db-user", default="postgres")
    p.add_argument("--db-name", default="postgres")
    p.add_argument("--verify-api", action="store_true", help="also GET /api/v1/reports/{code} for every code")
    p.add_argument("--summary", help="write the summary as JSON to this file")
    args = p.parse_args()

    try:
        url = urllib.parse.urlsplit(args.base_url)
        if url.scheme != "http" or not url.hostname:
            raise Setup("BASE_URL must be http://HOST:PORT, got %r" % args.base_url)
        args.host = socket.gethostbyname(url.hostname)
        args.port = url.port or 80
        if not args.host.startswith("127."):
            raise Setup("the application must listen on IPv4 loopback (got %s for %s)" % (args.host, url.hostname))
        for name in ("rate", "duration", "pool", "workers", "limit", "window", "timeout"):
            if getattr(args, name) <= 0:
                raise Setup("%s must be positive" % name.upper())
        if not 0 <= args.noisy_share < 1 or args.noisy < 0:
            raise Setup("NOISY_SHARE must be in [0, 1) and NOISY >= 0")
        parts = args.prefix.split(".")
        if len(parts) != 2 or parts[0] != "127" or not parts[1].isdigit() or int(parts[1]) > 255:
            raise Setup("PREFIX must look like 127.N, got %r" % args.prefix)
        schedule = build_schedule(args)
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        # can we bind a source address in the pool and reach the application?
        probe = socket.socket()
        try:
            probe.bind((schedule[0][2], 0))
            probe.settimeout(5)
            probe.connect((args.host, args.port))
        except OSError as e:
            raise Setup("cannot connect to %s:%d from %s: %s" % (args.host, args.port, schedule[0][2], e))
        finally:
            probe.close()
    except Setup as e:
        log("error: %s" % e)
        return 2

    run_id = "%x" % int(time.time())
    log("run %s: %d requests at %g/s for %g s, %d worker process(es)" % (run_id, len(schedule), args.rate,
                                                                          args.duration, args.workers))
    server_cpu0 = cpu_times_of(args.server_pid) if args.server_pid else None
    machine0 = machine_cpu()
    own0 = resource.getrusage(resource.RUSAGE_SELF)
    start = time.monotonic() + 0.5
    wall_start = time.time() + 0.5
    if args.workers == 1:
        results = worker(schedule, start, args, run_id)
    else:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(args.workers) as pool:
            parts = pool.starmap(worker, [(schedule[i::args.workers], start, args, run_id) for i in range(args.workers)])
        results = [r for part in parts for r in part]
    wall_end = time.time()
    elapsed = time.monotonic() - start
    results.sort(key=lambda r: r[0])
    own1 = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine1 = machine_cpu()
    server_cpu1 = cpu_times_of(args.server_pid) if args.server_pid else None

    s = evaluate(results, args, wall_start, wall_end)
    gen_cpu = (own1.ru_utime + own1.ru_stime - own0.ru_utime - own0.ru_stime) + kids.ru_utime + kids.ru_stime
    busy = (machine1[0] - machine0[0]) / max(1, machine1[1] - machine0[1])
    cpu = {"generator_s": round(gen_cpu, 1), "machine_busy": round(busy, 3), "cores": os.cpu_count(),
           "elapsed_s": round(elapsed, 1)}
    text = "generator %.1f s CPU in %.1f s; all %d cores %.0f %% busy" % (gen_cpu, elapsed, os.cpu_count(), busy * 100)
    if server_cpu0 is not None and server_cpu1 is not None:
        cpu["server_s"] = round(server_cpu1 - server_cpu0, 1)
        text += "; application (pid %d) %.1f s CPU" % (args.server_pid, server_cpu1 - server_cpu0)
    cpu["text"] = text
    s["cpu"] = cpu
    s["run_id"] = run_id

    if args.db_port:
        log("checking %d tracking codes in the database (psql, port %d)" % (len(s["codes"]), args.db_port))
        s["db"] = verify_db(args, s["codes"], run_id, wall_start)
        if not s["db"]["ok"]:
            s["failures"].append("database check: %s" % (s["db"].get("detail") or json.dumps(s["db"])))
    if args.verify_api:
        log("checking %d tracking codes with GET /api/v1/reports/{code}" % len(s["codes"]))
        s["api"] = verify_api(args, s["codes"])
        if not s["api"]["ok"]:
            s["failures"].append("API check: %d of %d codes not found (%s)" % (
                s["api"]["codes"] - s["api"]["found"], s["api"]["codes"], "; ".join(s["api"]["missing_examples"])))
    if not args.db_port and not args.verify_api:
        s["failures"].append("the accepted reports were not checked: give --db-port or --verify-api")

    summary = {k: v for k, v in s.items() if k != "codes"}
    summary["settings"] = {k: getattr(args, k) for k in ("base_url", "rate", "duration", "pool", "prefix", "noisy",
                                                         "noisy_share", "limit", "window", "timeout", "workers", "seed")}
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump(summary, f, indent=2)
    print_summary(s, args)
    return 1 if s["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
