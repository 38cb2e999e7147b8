"""The api_mapping table (plugins/api_mapping/data) against the facts it was built from: every
target exists in the pinned MindSpore (the API catalog, itself regenerated and compared in
test_catalogs.py), Safe rows are proven, and every official "Consistent" row is accounted for."""
import csv
import os

from catalog_util import resolve
from conftest import REPO
from gen_target_params import parameters

DATA = os.path.join(REPO, "plugins", "api_mapping", "data")
CATALOG = os.path.join(REPO, "data", "runtime", "mindspore-2.7.1.post1", "api_catalog.tsv")


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def test_every_target_exists_in_the_pinned_mindspore():
    catalog = {r["name"]: r for r in read(CATALOG)}
    rows = read(os.path.join(DATA, "api_map.tsv"))
    assert len(rows) > 500
    missing = [(r["torch_api"], r["target"]) for r in rows if catalog.get(r["target"], {}).get("exists") != "yes"]
    assert missing == [], f"targets not in mindspore 2.7.1.post1: {missing[:20]}"


def test_safe_rows_are_official_or_curated_and_proven():
    catalog = {r["name"]: r for r in read(CATALOG)}
    for r in read(os.path.join(DATA, "api_map.tsv")):
        if r["safety"] != "safe":
            continue
        assert r["source"] in ("curated", "master", "r2.4.10", "mint-2.7"), r
        assert "differs" not in r["note"], f"a row that differs from torch is marked safe: {r}"
        if r["source"] != "curated":
            target = catalog[r["target"]]
            assert target["agrees"] == "yes" or target["kind"] in ("attribute", "module"), r


def test_every_official_consistent_row_is_mapped_or_excluded_with_a_reason():
    mapped = {r["torch_api"]: r["target"] for r in read(os.path.join(DATA, "api_map.tsv"))}
    rows = read(os.path.join(DATA, "consistent_rows.tsv"))
    assert len(rows) > 800
    for r in rows:
        assert r["status"] in ("mapped", "excluded"), r
        if r["status"] == "mapped":
            assert mapped.get(r["pytorch_api"]) == r["official_target"], r
        else:
            assert r["reason"].strip(), f"excluded without a reason: {r}"


def test_keyword_renames_follow_the_real_signatures():
    """Every rename_kwargs entry names a parameter the target has, and torch's spelling it lacks;
    and every target spelling `axis`/`keep_dims` without `dim`/`keepdim` has the rename."""
    renamed = 0
    for r in read(os.path.join(DATA, "api_map.tsv")):
        target = resolve(r["target"])
        names = None if target is None else parameters(target)
        pairs = dict(p.split(":") for p in r["rename_kwargs"].split(",") if p)
        for torch_name, ms_name in pairs.items():
            assert names and ms_name in names and torch_name not in names, (r, names)
            renamed += 1
        if names:
            for torch_name, ms_name in (("dim", "axis"), ("keepdim", "keep_dims")):
                if ms_name in names and torch_name not in names:
                    assert pairs.get(torch_name) == ms_name, (r, names)
    assert renamed >= 1


def test_inplace_is_dropped_exactly_where_torch_has_it_and_the_target_lacks_it():
    """torch's `inplace` flag is dropped (by keyword, or at its place in torch's signature) on the
    rows whose target has no such parameter, and on no other row."""
    import importlib
    import inspect
    dropped = 0
    for r in read(os.path.join(DATA, "api_map.tsv")):
        target = resolve(r["target"])
        names = None if target is None else parameters(target)
        module, _, attribute = r["torch_api"].rpartition(".")
        try:
            torch_names = [p for p in inspect.signature(getattr(importlib.import_module(module), attribute)).parameters
                           if p != "self"]
        except (ImportError, AttributeError, TypeError, ValueError):
            torch_names = []
        entries = [d for d in r["drop_kwargs"].split(",") if d.split("@")[0] == "inplace"]
        if names is not None and "inplace" in torch_names and "inplace" not in names:
            assert entries == [f"inplace@{torch_names.index('inplace')}"], (r, torch_names, names)
            dropped += 1
        else:
            assert entries == [], (r, torch_names, names)
    assert dropped >= 5
