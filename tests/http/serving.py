"""Starting and stopping a server under test: invite-serve prints "listening on
http://HOST:PORT" (https with a certificate) first, serves on a system-chosen loopback port, and
exits 0 on SIGTERM."""
import re
import select
import signal
import subprocess
import time


class Server:
    def __init__(self, command, start_timeout=30):
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        ready, _, _ = select.select([self.process.stdout], [], [], start_timeout)
        line = self.process.stdout.readline().decode() if ready else ""
        match = re.fullmatch(r"listening on (https?)://127\.0\.0\.1:(\d+)\n", line)
        if not match:
            self.process.kill()
            raise AssertionError(f"{command[0]}: first line {line!r}, stderr {self.process.stderr.read()!r}")
        self.scheme = match.group(1)
        self.port = int(match.group(2))
        self.origin = f"{self.scheme}://127.0.0.1:{self.port}"
        self.url = f"{self.origin}/assessment/invite"

    def stop(self, timeout=15):
        """SIGTERM, then the exit status, which must come within `timeout` seconds."""
        self.process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(f"no exit within {timeout} s of SIGTERM")
        return status, time.monotonic() - started

    def peak_memory_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
