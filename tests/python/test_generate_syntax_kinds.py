"""scripts/generate-syntax-kinds.py turns a grammar's node-types.json into the SDK's syntax kinds and
views: named types become kinds, supertypes become predicates over their (nested) subtypes, fields
become accessors (C++ keywords get a trailing underscore, multi-node fields return all nodes), an
unchanged grammar rewrites nothing, and a bad file is one line and exit 2 with nothing written."""
import json
import pathlib
import subprocess
import sys

from conftest import REPO

SCRIPT = pathlib.Path(REPO) / "scripts" / "generate-syntax-kinds.py"

GRAMMAR = [
    {"type": "expression", "named": True, "subtypes": [{"type": "primary_expression", "named": True},
                                                       {"type": "lambda", "named": True}]},
    {"type": "primary_expression", "named": True, "subtypes": [{"type": "call", "named": True},
                                                               {"type": "identifier", "named": True}]},
    {"type": "call", "named": True, "fields": {
        "function": {"multiple": False, "required": True, "types": []},
        "arguments": {"multiple": False, "required": True, "types": []}}},
    {"type": "binary_operator", "named": True, "fields": {
        "operator": {"multiple": False, "required": True, "types": []}}},
    {"type": "if_statement", "named": True, "fields": {
        "alternative": {"multiple": True, "required": False, "types": []}}},
    {"type": "lambda", "named": True},
    {"type": "identifier", "named": True},
    {"type": "lambda", "named": False},
    {"type": "(", "named": False},
]


def generate(tmp_path, grammar=GRAMMAR):
    source = tmp_path / "node-types.json"
    source.write_text(json.dumps(grammar) if not isinstance(grammar, str) else grammar)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, str(SCRIPT), str(source), "grammar-1.0", str(out)],
                            capture_output=True, text=True)
    return result, out


def test_kinds_fields_views_and_supertypes(tmp_path):
    result, out = generate(tmp_path)
    assert result.returncode == 0, result.stderr
    kinds = (out / "SyntaxKinds.hpp").read_text()
    views = (out / "SyntaxViews.hpp").read_text()
    enum = kinds.split("enum class Kind")[1].split("};")[0]
    # named concrete types only: no supertype, no anonymous token
    assert [line.split(",")[0].strip() for line in enum.splitlines()[1:] if line.strip()] == [
        "Other = 0", "BinaryOperator", "Call", "Identifier", "IfStatement", "Lambda"]
    assert "kKindCount = 6" in kinds
    expression = kinds.split("bool isExpression")[1].split("}\n}")[0]
    assert all(f"Kind::{k}:" in expression for k in ("Call", "Identifier", "Lambda"))  # nested supertype too
    primary = kinds.split("bool isPrimaryExpression")[1].split("}\n}")[0]
    assert "Kind::Lambda" not in primary
    assert "Node operator_() const" in views
    assert "std::vector<Node> alternative() const { return node_.fields(Field::Alternative); }" in views
    assert "Node function() const { return node_.field(Field::Function); }" in views
    assert "class Identifier" not in views  # no fields, no view


def test_an_unchanged_grammar_rewrites_nothing(tmp_path):
    generate(tmp_path)
    first = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    result, out = generate(tmp_path)
    assert result.returncode == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == first


def test_a_bad_file_is_one_line_and_writes_nothing(tmp_path):
    result, out = generate(tmp_path, grammar="[{not json")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot read" in result.stderr
    assert not out.exists()
