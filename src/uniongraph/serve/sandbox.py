"""Take away a process's network: after :func:`deny_network` it cannot open a socket or connect.

The query workers call it first thing. Oxigraph can evaluate ``SERVICE`` with its own HTTP
client (Rust, out of reach of anything done to Python's ``socket`` module), so the endpoint
does not only refuse ``SERVICE`` in the parsed query (:func:`.worker.check_query`): the
process that runs queries is unable to reach any server at all, whatever the query says.

It is a seccomp filter (Linux, x86-64 and AArch64), built by hand and installed with the
``seccomp`` system call for every thread of the process (``SECCOMP_FILTER_FLAG_TSYNC``);
threads started later inherit it. It makes ``socket``, ``connect`` and ``io_uring_setup``
fail with ``EACCES``, as well as any system call made through another ABI (32-bit x86, x32),
which could otherwise reach ``socket`` under another number. Pipes and socket pairs that the
process already holds (its connection to the server) keep working. No privilege is needed.

>>> import subprocess, sys
>>> code = "from uniongraph.serve.sandbox import deny_network; import socket; print(deny_network()); socket.socket()"
>>> done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
>>> done.stdout.strip(), "Permission denied" in done.stderr
('None', True)
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct
import sys

__all__ = ["deny_network"]

# classic BPF, as seccomp reads it: (code, jump if true, jump if false, k)
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
_ALLOW = 0x7FFF0000
_DENY = 0x00050000 | errno.EACCES  # SECCOMP_RET_ERRNO
_PR_SET_NO_NEW_PRIVS = 38
_SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC = 1, 1

#: machine -> (AUDIT_ARCH value, number of the seccomp system call, numbers to refuse, x32 bit)
_ARCHES: dict[str, tuple[int, int, tuple[int, ...], int | None]] = {
    # socket 41, connect 42, io_uring_setup 425; x32 calls carry bit 0x40000000
    "x86_64": (0xC000003E, 317, (41, 42, 425), 0x40000000),
    # socket 198, connect 203, io_uring_setup 425
    "aarch64": (0xC00000B7, 277, (198, 203, 425), None),
}
_ARCHES["amd64"] = _ARCHES["x86_64"]
_ARCHES["arm64"] = _ARCHES["aarch64"]


def _program(arch: int, refused: tuple[int, ...], x32: int | None) -> list[tuple[int, int, int, int]]:
    prog = [
        (_LD_W_ABS, 0, 0, 4),           # seccomp_data.arch
        (_JEQ_K, 1, 0, arch),           # our own ABI: go on
        (_RET_K, 0, 0, _DENY),          # any other ABI: refused
        (_LD_W_ABS, 0, 0, 0),           # seccomp_data.nr
    ]
    if x32 is not None:
        prog += [(_JGE_K, 0, 1, x32), (_RET_K, 0, 0, _DENY)]
    for i, nr in enumerate(refused):   # jump to the DENY after the last comparison
        prog.append((_JEQ_K, len(refused) - i, 0, nr))
    prog += [(_RET_K, 0, 0, _ALLOW), (_RET_K, 0, 0, _DENY)]
    return prog


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def deny_network() -> str | None:
    """Install the filter on this process; ``None`` when done, else why it could not be."""
    if not sys.platform.startswith("linux"):
        return f"no network sandbox on {sys.platform} (Linux only)"
    machine = platform.machine().lower()
    if machine not in _ARCHES:
        return f"no network sandbox on {machine} (x86-64 and AArch64 only)"
    arch, seccomp_nr, refused, x32 = _ARCHES[machine]
    prog = _program(arch, refused, x32)
    buf = ctypes.create_string_buffer(b"".join(struct.pack("HBBI", *ins) for ins in prog))
    fprog = _Fprog(len(prog), ctypes.addressof(buf))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return f"prctl(NO_NEW_PRIVS) failed: {errno.errorcode.get(ctypes.get_errno(), '?')}"
        libc.syscall.restype = ctypes.c_long
        if libc.syscall(ctypes.c_long(seccomp_nr), ctypes.c_long(_SECCOMP_SET_MODE_FILTER),
                        ctypes.c_long(_SECCOMP_FILTER_FLAG_TSYNC), ctypes.byref(fprog)) != 0:
            return f"seccomp failed: {errno.errorcode.get(ctypes.get_errno(), '?')}"
    except (OSError, AttributeError) as exc:
        return f"no network sandbox: {exc}"
    return None
