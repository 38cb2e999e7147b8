"""Imports one converted file the way `pyconv-tidy --validate --python PY` checks it.

    PY pyconv_import_check.py FILE

The file is imported as a module of a package made for its folder, so relative imports of its
siblings resolve and absolute ones go to the installed packages; nothing is written. Run with
USE_TORCH=0 (the tool sets it) so transformers does not import torch on its own: a torch in
sys.modules afterwards came from the converted file; and PYTHONDONTWRITEBYTECODE=1, so no
__pycache__ appears in the converted tree. Prints one line and exits 0 when the import
succeeded (the line says whether torch was loaded), 3 when it failed.
"""
import importlib
import os
import sys
import types


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
    try:
        importlib.import_module(f"{package}.{stem}")
    except BaseException as error:  # SystemExit and KeyboardInterrupt from a module are failures too
        message = str(error).strip().splitlines()[0] if str(error).strip() else ""
        print(f"import failed: {type(error).__name__}: {message}".rstrip(": ") + _hint(error))
        sys.exit(3)
    print("imported; torch loaded" if "torch" in sys.modules else "imported")


if __name__ == "__main__":
    main()
