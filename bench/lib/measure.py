"""Shared helpers of the bench scripts: run a command under /usr/bin/time -v, medians, markdown tables."""
import re
import statistics
import subprocess
import time


def timed(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time -v; returns (exit code, wall s, peak RSS MiB, cpu s, stderr text)."""
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    err = p.stderr
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) / 1024
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", err).group(1))
    sys_ = float(re.search(r"System time \(seconds\): ([\d.]+)", err).group(1))
    return p.returncode, wall, rss, user + sys_, err


def load():
    """The machine's 1-minute load average: the scripts print it beside the times (the machine is shared)."""
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def median(values):
    return statistics.median(values)


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def wait_http(url, seconds=60):
    import urllib.request
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except Exception:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def port_free(port):
    """Exits with a message when something already listens on the port (a stub left running, another helper)."""
    import socket
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", port)) == 0:
            raise SystemExit(f"port {port} is already in use; stop what listens there or pass another port")
