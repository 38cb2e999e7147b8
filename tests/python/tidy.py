"""Running the built pyconv-tidy from the Python tests, on real transformers files from the
pinned wheel (the files are copied, never edited in the virtualenv)."""
import importlib.util
import os
import pathlib
import re
import shutil
import subprocess

import transformers

from conftest import REPO

BUILD = pathlib.Path(os.environ.get("PYCONV_BUILD_DIR", os.path.join(REPO, "build")))
TIDY = BUILD / "bin" / "pyconv-tidy"
PARSE = BUILD / "bin" / "pyconv-parse-bench"
MODELS = pathlib.Path(transformers.__file__).parent / "models"

# The development models of the issues: their modeling files (ibert with its quantisation module).
DEV_FILES = [
    "bert/modeling_bert.py",
    "ibert/modeling_ibert.py",
    "ibert/quant_modules.py",
    "gpt2/modeling_gpt2.py",
    "llama/modeling_llama.py",
    "cohere2/modeling_cohere2.py",
]


def copy_models(dest, files=None):
    """Copies model files (all of models/ when `files` is None) under dest/transformers/models."""
    root = pathlib.Path(dest) / "transformers" / "models"
    if files is None:
        shutil.copytree(MODELS, root, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        for rel in files:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(MODELS / rel, root / rel)
    return root


def convert_dev_models(dest):
    """The dev files copied under dest/transformers/models and converted in place the way the
    issues ask: every check, Unsafe fixes on (as tree mode applies them), absolute mindone
    imports (the files are imported from outside the mindone package). Returns that folder."""
    models = copy_models(dest, DEV_FILES)
    result = run("--fix", "--unsafe-fixes", "--config", "{CheckOptions: {api-imports.AbsoluteImports: 'true'}}", models)
    assert result.returncode in (0, 1), result.stderr[-3000:]
    return models


def run(*args):
    assert TIDY.exists(), f"build pyconv-tidy first ({TIDY} is missing)"
    return subprocess.run([str(TIDY), *map(str, args)], capture_output=True, text=True, timeout=900)


def convert_script(path, script, *options):
    """Writes `script` to `path`, converts it in place with --fix and `options`, returns the result."""
    path.write_text(script)
    result = run("--fix", *options, path)
    assert result.returncode == 0, result.stdout + result.stderr
    return path.read_text()


def import_file(path, module_name):
    """Imports a converted file as a module of its own name (it is in no package)."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convert_with_standins(folder, name, script):
    """Converts `script` with every check and Unsafe fixes (as tree mode does) into
    `folder/<name>.py`, asserts no torch is left outside comments, and imports it with the CPU
    stand-ins of the parity tests installed (many mint kernels are missing on the CPU)."""
    import sys
    sys.path.insert(0, f"{REPO}/framework/python")
    import pyconv_cpu_standins
    pyconv_cpu_standins.install()
    path = folder / f"{name}.py"
    text = convert_script(path, script, "--unsafe-fixes", "--checks=*")
    code = "\n".join(line.split("#")[0] for line in text.splitlines())
    assert "torch" not in code, text
    return text, import_file(path, name)


def findings(output):
    """(check, path:line) for every finding line of a text report."""
    pattern = re.compile(r"^(.+?):(\d+):\d+: (?:warning|error): .* \[([a-z0-9-]+)\]$")
    return [(m.group(3), f"{m.group(1)}:{m.group(2)}") for m in map(pattern.match, output.splitlines()) if m]


def syntax_errors(path):
    """How many files under `path` tree-sitter finds syntax errors in."""
    out = subprocess.run([str(PARSE), str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"; (\d+) with syntax errors", out).group(1))
