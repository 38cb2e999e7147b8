"""Runs generated parity test files, each in its own interpreter with a timeout, and reads back one
outcome per model class from pytest's JUnit XML."""
import concurrent.futures
import functools
import importlib.metadata
import pathlib
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import psutil

import outcomes

_CONVERTED = re.compile(r"^CONVERTED = (['\"])(.+?)\1", re.MULTILINE)
_CLASSES = re.compile(r"^MODEL_CLASSES = (\[.*\])$", re.MULTILINE)


def versions(transformers_version):
    found = {"transformers": transformers_version}
    for package in ("torch", "mindspore", "mindone"):
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found[package] = None
    found["python"] = sys.version.split()[0]
    return found


@functools.lru_cache(maxsize=None)
def _test_plan(test_file):
    """(converted file, [model classes]) named by a generated test (read once per file)."""
    import ast
    text = test_file.read_text()
    converted = (test_file.parent / _CONVERTED.search(text).group(2)).resolve()
    return converted, ast.literal_eval(_CLASSES.search(text).group(1))


def _resident_bytes(pid):
    """The resident memory of a process (0 once it is gone)."""
    try:
        return psutil.Process(pid).memory_info().rss
    except psutil.Error:
        return 0


def _run_bounded(args, cwd, timeout, memory_limit):
    """(stdout, stderr, why it was stopped or "") of a run bounded in time and resident memory.
    A size limit on the address space would break torch and MindSpore, which reserve far more
    than they touch, so the resident size is watched instead: one test that grows to tens of
    gigabytes would push the other worker into swap and time it out too."""
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    deadline = time.monotonic() + timeout
    stopped = ""
    while True:
        try:
            stdout, stderr = proc.communicate(timeout=1)
            return stdout, stderr, stopped
        except subprocess.TimeoutExpired:
            pass
        if stopped:
            continue
        if time.monotonic() > deadline:
            stopped = f"the test file did not finish in {timeout} s"
        elif memory_limit and _resident_bytes(proc.pid) > memory_limit:
            stopped = f"the test file grew past {memory_limit / 2**30:g} GiB of memory"
        if stopped:
            proc.kill()


def run_test_file(test_file, converted_root, timeout, memory_limit=0):
    """{class: {"outcome", "evidence", "line"}} for one generated test file. A file stopped for its
    memory or its time runs again one class per interpreter (each with the same bounds), so the
    classes that fit keep their verdict and only the one that grew or hung is the harness limit (a
    stopped file's pytest writes no report)."""
    converted, classes = _test_plan(test_file)
    results, stopped = _run_selected(test_file, converted_root, timeout, memory_limit, test_file.name, classes)
    if stopped and len(classes) > 1:
        results = {}
        for cls in classes:
            alone, _ = _run_selected(test_file, converted_root, timeout, memory_limit,
                                     f"{test_file.name}::test_parity[{cls}]", [cls])
            results.update(alone)
    return converted, results


def _run_selected(test_file, converted_root, timeout, memory_limit, selection, classes):
    """({class: result}, why the run was stopped or "") of one pytest run of `selection`."""
    report = test_file.with_suffix(".xml")
    report.unlink(missing_ok=True)
    stdout, stderr, stopped = _run_bounded([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-s",
                                            f"--junitxml={report.name}", selection],
                                           test_file.parent, timeout, memory_limit)
    if stopped:
        done = _printed_lines(stdout, classes)
        return {cls: {"outcome": outcomes.PASS if cls in done else outcomes.HARNESS,
                      "evidence": done.get(cls) or f"harness limit: {stopped}",
                      "line": done.get(cls, "")} for cls in classes}, stopped
    if not report.exists():
        evidence = outcomes._error_line(stdout + stderr) or "pytest wrote no report"
        return {cls: {"outcome": outcomes.HARNESS, "evidence": f"harness limit: {evidence}", "line": ""}
                for cls in classes}, ""
    printed = _printed_lines(stdout, classes)
    results = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        found = re.search(r"\[(.+)\]", case.get("name", ""))
        if not found:
            continue
        cls = found.group(1)
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        if failure is None and case.find("skipped") is None:
            results[cls] = {"outcome": outcomes.PASS, "evidence": printed.get(cls, ""), "line": printed.get(cls, "")}
            continue
        element = failure if failure is not None else case.find("skipped")
        outcome, evidence = outcomes.classify(element.get("message", ""), element.text or "", str(converted_root))
        results[cls] = {"outcome": outcome, "evidence": evidence, "line": printed.get(cls, "")}
    for cls in classes:
        results.setdefault(cls, {"outcome": outcomes.HARNESS, "evidence": "harness limit: no result for this class", "line": ""})
    return results, ""


def _printed_lines(stdout, classes):
    """class -> the result line `pyconv_parity.check` printed for it."""
    lines = {}
    for cls in classes:
        # -q -s puts pytest's progress marks ('.', 'F') before a printed line
        found = re.search(rf"(?m)^[.FEsx]*({re.escape(cls)}: .*)$", stdout)
        if found:
            lines[cls] = found.group(1)[:600]
    return lines


def run_all(tests_dir, converted_root, jobs, timeout, memory_limit=0):
    """{converted file: {"classes": [names in order], "results": {class: result}}} for every test file."""
    test_files = test_files_in_order(tests_dir)
    finished = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run_test_file, f, converted_root, timeout, memory_limit): f for f in test_files}
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            finished[futures[future]] = future.result()
            per_class = finished[futures[future]][1]
            passed = sum(r["outcome"] == outcomes.PASS for r in per_class.values())
            print(f"[{done}/{len(test_files)}] {futures[future].name}: {passed}/{len(per_class)} pass", flush=True)
    results = {}
    for test_file in test_files:  # merged in a fixed order, whatever order the runs ended in
        converted, per_class = finished[test_file]
        entry = results.setdefault(converted, {"classes": [], "results": {}})
        entry["classes"] += list(_test_plan(test_file)[1])
        entry["results"].update(per_class)
    return results


def test_files_in_order(tests_dir):
    """The generated test files, a modeling file's first family (test_<stem>.py) before the others
    `--emit-tests` wrote for it (test_<folder>_<stem>.py): its base model is the file's base model."""
    files = sorted(pathlib.Path(tests_dir).glob("test_*.py"))
    plain = {f for f in files if f.name == "test_" + _test_plan(f)[0].name}
    return sorted(files, key=lambda f: (_test_plan(f)[0], f not in plain, f.name))
