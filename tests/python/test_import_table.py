"""plugins/api_mapping/data/import_table.tsv must be exactly what its generator makes from the
committed name catalog (which test_catalogs.py regenerates from the pinned packages)."""
import os
import subprocess
import sys

from conftest import REPO


def test_import_table_is_generated_from_the_name_catalog(tmp_path):
    out = tmp_path / "import_table.tsv"
    proc = subprocess.run([sys.executable, os.path.join(REPO, "plugins", "api_mapping", "tools", "build_import_table.py"),
                           "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with open(os.path.join(REPO, "plugins", "api_mapping", "data", "import_table.tsv"), encoding="utf-8") as f:
        committed = f.read()
    assert out.read_text(encoding="utf-8") == committed, "regenerate with plugins/api_mapping/tools/build_import_table.py"


def test_the_table_knows_the_development_models_imports():
    rows = {}
    with open(os.path.join(REPO, "plugins", "api_mapping", "data", "import_table.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("module\t"):
                continue
            module, name, provider = line.rstrip("\n").split("\t")[:3]
            rows[(module, name)] = provider
    assert rows[("modeling_utils", "PreTrainedModel")] == "mindone"
    assert rows[("utils", "auto_docstring")] == "transformers"
    assert rows[("models.llama.configuration_llama", "LlamaConfig")] == "transformers"
    assert rows[("integrations", "use_kernel_forward_from_hub")] == "drop"
    assert rows[("pytorch_utils", "apply_chunking_to_forward")] == "mindone"
