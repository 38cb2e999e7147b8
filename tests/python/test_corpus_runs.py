"""How the corpus run reads a generated test file's outcome per model class (issue 17): a file
stopped for its memory or its time runs again one class per interpreter, so one class that grows
or hangs does not take the verdicts of the others with it."""
import pathlib
import sys

from conftest import REPO

sys.path.insert(0, str(pathlib.Path(REPO) / "validation" / "corpus"))
import outcomes  # noqa: E402
import parity_runs  # noqa: E402

# A stand-in for a generated test file: the same module constants and parametrized test, with
# one class that allocates far more than the others.
_TEST_FILE = '''
import pytest

CONVERTED = "converted/modeling_x.py"
MODEL_CLASSES = ["SmallModel", "GrowingModel", "FailingModel"]


@pytest.mark.parametrize("model_class", MODEL_CLASSES)
def test_parity(model_class):
    if model_class == "GrowingModel":
        hold = bytearray(600 * 2**20)
        import time
        time.sleep(30)
    if model_class == "FailingModel":
        raise TypeError("the converted file is wrong")
    print(f"{model_class}: out (2, 3): rel=0.000e+00 max_abs=0.000e+00")
'''


def test_a_file_stopped_for_its_memory_runs_again_one_class_at_a_time(tmp_path):
    test_file = tmp_path / "test_modeling_x.py"
    test_file.write_text(_TEST_FILE)
    converted, results = parity_runs.run_test_file(test_file, tmp_path, timeout=120, memory_limit=300 * 2**20)
    assert converted == tmp_path / "converted" / "modeling_x.py"
    assert results["SmallModel"]["outcome"] == outcomes.PASS
    assert results["FailingModel"]["outcome"] == outcomes.GAP
    assert results["GrowingModel"]["outcome"] == outcomes.HARNESS
    assert "GiB of memory" in results["GrowingModel"]["evidence"]


def test_a_file_stopped_for_its_time_runs_again_one_class_at_a_time(tmp_path):
    test_file = tmp_path / "test_modeling_x.py"
    test_file.write_text(_TEST_FILE.replace("600 * 2**20", "1"))  # GrowingModel only sleeps now
    _, results = parity_runs.run_test_file(test_file, tmp_path, timeout=15, memory_limit=0)
    assert [results[c]["outcome"] for c in ("SmallModel", "FailingModel")] == [outcomes.PASS, outcomes.GAP]
    assert results["GrowingModel"]["outcome"] == outcomes.HARNESS
    assert "did not finish in 15 s" in results["GrowingModel"]["evidence"]


def test_a_file_that_fits_runs_once(tmp_path):
    test_file = tmp_path / "test_modeling_x.py"
    test_file.write_text(_TEST_FILE.replace('"GrowingModel", ', ""))
    _, results = parity_runs.run_test_file(test_file, tmp_path, timeout=120, memory_limit=300 * 2**20)
    assert [results[c]["outcome"] for c in ("SmallModel", "FailingModel")] == [outcomes.PASS, outcomes.GAP]
