#!/usr/bin/env python3
"""Replays fuzz inputs through the real tool and asks CPython about each output.

    fuzz-replay-cpython.py PYCONV_TIDY INPUT_DIR...

The fuzz target checks in process that an output has no syntax problem tree-sitter or the engine
can see; CPython is the judge of "valid Python", and starting it per fuzz input would cost more than
the engine run. So this replays the corpus afterwards: every input that CPython compiles (and that
is UTF-8, which the tool requires) is copied into a temporary folder, converted in place with
`PYCONV_TIDY --config {} --fix --unsafe-fixes` (what the fuzz target runs), and must still compile;
a second run must leave every file as it is. Runs in the CPython it is started with (python3).
Exit 0: all held; 1: the failures, one line each (with the corpus file to reproduce); 2: cannot run.
"""
import pathlib
import subprocess
import sys
import tempfile
import warnings


def compile_error(data):
    """None when CPython compiles `data` as a module, else its one-line complaint."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences and the like are warnings only
            compile(data, "<input>", "exec", dont_inherit=True)
        return None
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


def convert(tool, folder):
    """One in-place conversion of every file in `folder`; the tool's stderr when it reports an error."""
    proc = subprocess.run([tool, "--config", "{}", "--fix", "--unsafe-fixes", "--quiet", "-j", "2", str(folder)],
                          capture_output=True, text=True, errors="replace")
    return proc.stderr if proc.returncode not in (0, 1) else None


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    tool, inputs = argv[1], [pathlib.Path(d) for d in argv[2:]]
    sources = {}  # replay name -> corpus file
    with tempfile.TemporaryDirectory(prefix="pyconv-fuzz-replay-") as tmp:
        work = pathlib.Path(tmp)
        total = 0
        for folder in inputs:
            for path in sorted(p for p in folder.iterdir() if p.is_file()):
                total += 1
                data = path.read_bytes()
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if compile_error(data) is not None or path.name + ".py" in sources:
                    continue
                (work / (path.name + ".py")).write_bytes(data)
                sources[path.name + ".py"] = path
        failures = []
        error = convert(tool, work)
        if error:
            failures.append(f"the first run ended with an error (files are named after the corpus files):\n{error}")
        first = {name: (work / name).read_bytes() for name in sources}
        for name, data in first.items():
            why = compile_error(data)
            if why:
                failures.append(f"{sources[name]}: CPython compiles the input and rejects the output: {why}")
        error = convert(tool, work)
        if error:
            failures.append(f"the second run ended with an error:\n{error}")
        for name, data in first.items():
            if (work / name).read_bytes() != data:
                failures.append(f"{sources[name]}: a second run changes the output")
    for line in failures:
        print(f"fuzz-replay-cpython: {line}", file=sys.stderr)
    print(f"fuzz-replay-cpython: {total} inputs, {len(sources)} compiled by CPython {sys.version.split()[0]} "
          f"and converted twice, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
