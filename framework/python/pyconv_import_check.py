"""Imports one converted file the way `pyconv-tidy --validate --python PY` checks it.

    PY pyconv_import_check.py FILE

The file is imported as a module of a package made for its folder, so relative imports of its
siblings resolve and absolute ones go to the installed packages; nothing is written. Run with
USE_TORCH=0 (the tool sets it) so transformers does not import torch on its own: a torch in
sys.modules afterwards came from the converted file; and PYTHONDONTWRITEBYTECODE=1, so no
__pycache__ appears in the converted tree. Prints one line and exits 0 when the import
succeeded (the line says whether torch was loaded, and by which module), 3 when it failed.
"""
import builtins
import importlib
import os
import sys
import types


class _TorchImporterWitness:
    """Notes which module's import statement first loaded torch (the converted file, a sibling or a
    package it reaches), so the verdict points at the import to fix. It wraps __import__ rather than
    watching the finders: transformers probes for torch with find_spec without importing it."""

    def __init__(self):
        self.importer = None
        self._import = builtins.__import__

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level or self.importer is not None or not (name == "torch" or name.startswith("torch.")) or "torch" in sys.modules:
            return self._import(name, globals, locals, fromlist, level)
        result = self._import(name, globals, locals, fromlist, level)
        if "torch" in sys.modules:
            self.importer = (globals or {}).get("__name__", "?")
        return result


def _hint(error):
    """What to do, for the failure a relative tree always has when validated alone."""
    if isinstance(error, ImportError) and "beyond top-level package" in str(error):
        return (" (a relative import reaches above this file's folder: convert with"
                " `api-imports.AbsoluteImports: 'true'` to import mindone by name, or validate the file"
                " inside a package laid out as mindone's)")
    return ""


def main():
    path = os.path.abspath(sys.argv[1])
    folder, stem = os.path.dirname(path), os.path.splitext(os.path.basename(path))[0]
    package = "pyconv_validated_" + "".join(c if c.isalnum() else "_" for c in folder)
    module = types.ModuleType(package)
    module.__path__ = [folder]
    sys.modules[package] = module
    witness = builtins.__import__ = _TorchImporterWitness()
    try:
        importlib.import_module(f"{package}.{stem}")
    except BaseException as error:  # SystemExit and KeyboardInterrupt from a module are failures too
        message = str(error).strip().splitlines()[0] if str(error).strip() else ""
        print(f"import failed: {type(error).__name__}: {message}".rstrip(": ") + _hint(error))
        sys.exit(3)
    if "torch" not in sys.modules:
        print("imported")
        return
    importer = (witness.importer or "?").replace(package + ".", "")  # the file's siblings by their own names
    print(f"imported; torch loaded by {importer}")


if __name__ == "__main__":
    main()
