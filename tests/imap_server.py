"""A real IMAP server for the inbox tests: Debian's Dovecot, started on free ports.

It runs from a temporary folder with its own config, as the current user (or as `nobody`
under root, which Dovecot requires for its login processes), and is stopped by its pid.
Port `plain` serves IMAP with STARTTLS, port `tls` serves IMAPS, both with a certificate from
a throwaway trustme CA.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import trustme

USER, PASSWORD = "zoe", "imap-s3cret-7731"
CONFIG = """
base_dir = {tmp}/run
state_dir = {tmp}/state
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{tmp}/cert.pem
ssl_key = <{tmp}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {tmp}/dovecot.log
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {plain}
  }}
  inet_listener imaps {{
    port = {tls}
    ssl = yes
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {tmp}/users
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={tmp}/mail/%u
}}
mail_location = maildir:~/Maildir
"""


@dataclass(frozen=True)
class ImapServer:
    plain: int
    tls: int
    cafile: str
    ca: trustme.CA

    def client_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(200):
        if process.poll() is not None:
            raise RuntimeError(f"dovecot stopped: {log.read_text() if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), 0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("dovecot did not start listening")


@contextmanager
def dovecot() -> Iterator[ImapServer]:
    tmp = Path(tempfile.mkdtemp(prefix="secondchance-dovecot-", dir="/tmp"))
    tmp.chmod(0o755)  # the unprivileged login and mail processes read and write under it
    if os.geteuid() == 0:
        user, group = "nobody", "nogroup"
    else:
        user = group = pwd.getpwuid(os.geteuid()).pw_name
    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    cert.private_key_pem.write_to_path(str(tmp / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(tmp / "cert.pem"))
    ca.cert_pem.write_to_path(str(tmp / "ca.pem"))
    (tmp / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    (tmp / "mail").mkdir()
    (tmp / "mail").chmod(0o777)
    plain, tls = _free_port(), _free_port()
    config = tmp / "dovecot.conf"
    config.write_text(CONFIG.format(tmp=tmp, user=user, group=group, plain=plain, tls=tls))
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    process = subprocess.Popen([binary, "-F", "-c", str(config)])
    try:
        _wait_for(tls, process, tmp / "dovecot.log")
        yield ImapServer(plain=plain, tls=tls, cafile=str(tmp / "ca.pem"), ca=ca)
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
