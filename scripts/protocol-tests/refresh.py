#!/usr/bin/env python3
"""Refresh test/fixtures/protocol-tests/ from a botocore checkout.

AWS's protocol compliance tests (request/response pairs for each wire
protocol, generated from Smithy's aws-protocol-tests) ship with botocore as
JSON under tests/unit/protocols/. They are copied unchanged, so a refresh
diffs against botocore's own files, and the botocore commit is recorded in
SOURCE. test/protocol/compliance.test.ts runs them against Nimbus's codecs;
cases that cannot apply to a server are listed, with why, in
test/protocol/compliance/not-applicable.json (a listed key that names no case
fails that test, so a refresh shows what to review).

Usage: python3 scripts/protocol-tests/refresh.py <botocore-checkout-or-git-dir>
A bare git directory (as `git clone --bare` leaves it) is read at HEAD.
"""
import os, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEST = os.path.join(ROOT, "test", "fixtures", "protocol-tests")
PREFIX = "tests/unit/protocols/"
# Botocore's licence texts travel with the copied files (Apache-2.0).
LICENCE_FILES = ["LICENSE.txt", "NOTICE"]


def git(source, *args):
    return subprocess.run(["git", "--git-dir", source, *args], check=True, capture_output=True).stdout


def git_dir(source):
    dot_git = os.path.join(source, ".git")
    return dot_git if os.path.isdir(dot_git) else source


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = git_dir(sys.argv[1])
    commit = git(source, "rev-parse", "HEAD").decode().strip()
    names = git(source, "ls-tree", "-r", "--name-only", "HEAD", PREFIX).decode().split()
    if os.path.isdir(DEST):
        # Cases botocore dropped must not linger; SOURCE and the licence files are rewritten below.
        for entry in ("input", "output", "legacy", "protocol-tests-ignore-list.json"):
            path = os.path.join(DEST, entry)
            if os.path.isdir(path):
                shutil.rmtree(path)
            elif os.path.exists(path):
                os.remove(path)
    for name in names:
        if not name.endswith(".json"):
            continue
        target = os.path.join(DEST, name[len(PREFIX):])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(git(source, "show", f"HEAD:{name}"))
    for name in LICENCE_FILES:
        with open(os.path.join(DEST, f"botocore-{name}"), "wb") as f:
            f.write(git(source, "show", f"HEAD:{name}"))
    with open(os.path.join(DEST, "SOURCE"), "w") as f:
        f.write(
            "https://github.com/boto/botocore tests/unit/protocols/\n"
            f"commit {commit}\n"
            "Copied unchanged by scripts/protocol-tests/refresh.py; botocore is Apache-2.0\n"
            "(botocore-LICENSE.txt, botocore-NOTICE). The cases come from Smithy's aws-protocol-tests.\n"
        )
    print(f"{len(names)} files from botocore {commit}")


if __name__ == "__main__":
    main()
