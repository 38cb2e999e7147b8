#!/usr/bin/env python3
"""Fails when the build used a file that scripts/build-deps.txt does not install.

    check-build-deps.py BUILD_DIR [DEPS_FILE]

Why: CI runs on a machine that may carry packages installed by hand; a dependency that CMake
finds there but the install script never installs passes CI and breaks the first fresh machine.
This reads every path CMake recorded in BUILD_DIR/CMakeCache.txt (compilers, config files,
headers, libraries, programs), asks dpkg which package owns each, and requires that one of the
owners is a listed package, something a listed package depends on (recursively), or a package
every Debian system has (Priority: required). Paths inside the checkout, the build tree or the
project's download cache are the project's own and are skipped; a path that no package owns and
that lies under /usr/local or /opt came from outside Debian and fails too.
Exit 0: every path accounted for; 1: the offending paths, one line each; 2: cannot check.
"""
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOREIGN_PREFIXES = ("/usr/local/", "/opt/")


def declared_packages(deps_file):
    with open(deps_file, encoding="utf-8") as f:
        return {line.split()[0] for line in f if line.strip() and not line.lstrip().startswith("#")}


def installed_packages():
    """name -> (dependency alternatives [[name, ...], ...], provides [name, ...], required?)."""
    fmt = "${Package}\t${Status}\t${Pre-Depends}\t${Depends}\t${Provides}\t${Priority}\n"
    out = subprocess.run(["dpkg-query", "-W", "-f", fmt], capture_output=True, text=True, check=True).stdout
    packages = {}
    for line in out.splitlines():
        name, status, pre, deps, provides, priority = (line.split("\t") + [""] * 6)[:6]
        if not status.endswith(" installed"):
            continue
        alternatives = [[re.split(r"[\s(:]", alt.strip())[0] for alt in group.split("|")]
                        for group in ",".join(x for x in (pre, deps) if x).split(",") if group.strip()]
        provided = [re.split(r"[\s(:]", p.strip())[0] for p in provides.split(",") if p.strip()]
        packages[name] = (alternatives, provided, priority == "required")
    return packages


def closure(roots, packages):
    """Every installed package that installing `roots` brings (Depends and Pre-Depends)."""
    providers = {}
    for name, (_, provided, _) in packages.items():
        for p in provided:
            providers.setdefault(p, []).append(name)
    seen, todo = set(), [r for r in roots if r in packages]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for group in packages[name][0]:
            for alt in group:
                for candidate in [alt] if alt in packages else providers.get(alt, []):
                    todo.append(candidate)
    return seen


def cache_paths(build_dir):
    """Absolute, existing paths in the CMake cache's values (lists split on ';')."""
    paths = set()
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"^([A-Za-z0-9_.+-]+):(FILEPATH|PATH|STRING|INTERNAL|UNINITIALIZED)=(.*)$", line.rstrip("\n"))
            if not m:
                continue
            for value in m.group(3).split(";"):
                value = value.strip()
                if value.startswith("-l") or not value.startswith("/") or not os.path.exists(value):
                    continue
                paths.add(value)
    return paths


def own_paths(build_dir):
    cache = os.environ.get("PYCONV_CACHE_DIR", os.path.expanduser("~/.cache/pyconv-tidy"))
    return [os.path.realpath(p) for p in (REPO, build_dir, cache)]


def owners(path):
    """Packages that own `path` as CMake recorded it (a symlink such as libx.so belongs to the -dev
    package, its target to the runtime one); only a path no package owns (an alternatives link)
    is followed to its target. On a merged-/usr system dpkg may know a file by its /lib twin."""
    for candidate in dict.fromkeys([path, os.path.realpath(path)]):
        found = set()
        for p in (candidate, candidate[len("/usr"):] if candidate.startswith(("/usr/lib/", "/usr/bin/", "/usr/sbin/")) else None):
            if p is None:
                continue
            proc = subprocess.run(["dpkg-query", "-S", p], capture_output=True, text=True)
            for line in proc.stdout.splitlines():
                head, _, owned = line.rpartition(": ")
                if owned == p:
                    found.update(name.strip().split(":")[0] for name in head.split(","))
        if found:
            return sorted(found)
    return []


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    build_dir = os.path.realpath(argv[1])
    deps_file = argv[2] if len(argv) == 3 else os.path.join(REPO, "scripts", "build-deps.txt")
    try:
        packages = installed_packages()
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"check-build-deps: cannot ask dpkg ({e}); this check needs a Debian system", file=sys.stderr)
        return 2
    declared = declared_packages(deps_file)
    allowed = closure(declared | {n for n, (_, _, req) in packages.items() if req}, packages)
    skip = own_paths(build_dir)
    problems, checked = [], 0
    for path in sorted(cache_paths(build_dir)):
        real = os.path.realpath(path)
        if any(real == s or real.startswith(s + os.sep) for s in skip):
            continue
        checked += 1
        found = owners(path)
        if found and not set(found) & allowed:
            problems.append(f"{path}: from package {', '.join(found)}, which {os.path.relpath(deps_file, REPO)} "
                            f"does not install (add it there)")
        elif not found and real.startswith(FOREIGN_PREFIXES):
            problems.append(f"{path}: installed outside Debian's packages; a fresh machine will not have it")
    for line in problems:
        print(f"check-build-deps: {line}", file=sys.stderr)
    print(f"check-build-deps: {checked} paths CMake used, {len(problems)} not installed by "
          f"{os.path.relpath(deps_file, REPO)} ({len(declared)} packages, {len(allowed)} with their dependencies)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
