"""The tensor-method decisions (plugins/api_mapping/data/tensor_methods.tsv, issue 9) agree with
the measured API catalog and with the checks pyconv-tidy registers: a method kept as-is ran on
CPU and agreed with torch, one kept unverified exists but could not run on CPU, and one mapped
is rewritten by a registered check because the method as-is does not work."""
import csv
import pathlib

from conftest import REPO
from tidy import run

DATA = pathlib.Path(REPO)
TABLE = DATA / "plugins" / "api_mapping" / "data" / "tensor_methods.tsv"
CATALOG = DATA / "data" / "runtime" / "mindspore-2.7.1.post1" / "api_catalog.tsv"


def tsv(path):
    return list(csv.DictReader((l for l in path.read_text().splitlines() if not l.startswith("#")), delimiter="\t"))


def test_decisions_agree_with_catalog_and_checks():
    catalog = {row["name"]: row for row in tsv(CATALOG)}
    checks = set(run("--list-checks", "--checks=*").stdout.split())
    rows = tsv(TABLE)
    assert float(rows[-1]["cumulative_share"]) >= 0.95 and float(rows[-2]["cumulative_share"]) < 0.95
    for row in rows:
        entry = catalog[f"mindspore.Tensor.{row['method']}"]
        probed_same = entry["cpu"] == "ok" and entry["agrees"] == "yes"
        decision = row["decision"]
        if decision == "keep":
            assert probed_same, row
        elif decision == "keep-unverified":
            assert entry["exists"] == "yes" and entry["cpu"] in ("no-kernel", "error"), row
            assert "kernel" in entry["error"] or "device" in entry["error"], row
        else:
            kind, check = decision.split(":")
            assert kind == "map" and check in checks, row
            assert not probed_same, f"{row['method']} works as-is; no rewrite needed"
